// Tokenising text with std::istringstream: whitespace splitting with >>, and
// field splitting with getline and a delimiter.
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

std::vector<std::string> split_ws(const std::string &s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;)
    out.push_back(w);
  return out;
}

std::vector<std::string> split(const std::string &s, char delim) {
  std::istringstream in(s);
  std::vector<std::string> out;
  std::string field;
  while (std::getline(in, field, delim))
    out.push_back(field);
  return out;
}

std::map<std::string, int> word_frequencies(const std::string &text) {
  std::map<std::string, int> freq;
  for (auto &w : split_ws(text)) {
    std::string clean;
    for (char c : w)
      if (std::isalpha(static_cast<unsigned char>(c)))
        clean += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!clean.empty())
      ++freq[clean];
  }
  return freq;
}

int main() {
  auto words = split_ws("  the quick\tbrown  fox\njumps ");
  auto fields = split("2024-01-15;INFO;;worker-3;started", ';');
  auto freq = word_frequencies("The cat and the hat. The END, the end!");

  std::cout << "words:";
  for (auto &w : words)
    std::cout << " [" << w << "]";
  std::cout << "\nfields:";
  for (auto &f : fields)
    std::cout << " [" << f << "]";
  std::cout << "\nfreq:";
  for (auto &[w, n] : freq)
    std::cout << ' ' << w << '=' << n;
  std::cout << '\n';

  // Parse "x y z" coordinate triples from a line.
  std::istringstream coords("1.5 2 -3\n4 5 6\n");
  double x, y, z, total = 0;
  while (coords >> x >> y >> z)
    total += x + y + z;
  std::cout << "coord total " << total << std::endl;

  return (words.size() == 5 && fields.size() == 5 && fields[2].empty() &&
          freq["the"] == 4 && total == 15.5)
             ? 0
             : 1;
}
