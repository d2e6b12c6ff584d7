// Extracting every URL and every key=value pair from free text by iterating
// matches with std::sregex_iterator.
#include <iostream>
#include <map>
#include <regex>
#include <string>
#include <vector>

std::vector<std::string> find_urls(const std::string &text) {
  static const std::regex url(
      R"(https?://[A-Za-z0-9.-]+(?::\d+)?(?:/[^\s]*)?)");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), url);
       it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

std::map<std::string, std::string> parse_kv(const std::string &text) {
  static const std::regex kv(R"((\w+)=("[^"]*"|\S+))");
  std::map<std::string, std::string> out;
  std::sregex_iterator it(text.begin(), text.end(), kv), end;
  for (; it != end; ++it) {
    const std::smatch &m = *it;
    std::string v = m[2];
    if (v.size() >= 2 && v.front() == '"')
      v = v.substr(1, v.size() - 2);
    out[m[1]] = v;
  }
  return out;
}

int main() {
  const std::string doc = "See https://example.com/docs/intro and "
                          "http://localhost:8080/api?q=1 for details; "
                          "mirror at https://mirror.example.org.";
  const std::string line =
      R"(ts=1700000000 level=warn msg="disk almost full" pct=93)";

  auto urls = find_urls(doc);
  for (const auto &u : urls)
    std::cout << "url: " << u << '\n';
  auto kv = parse_kv(line);
  for (const auto &[k, v] : kv)
    std::cout << k << " -> " << v << '\n';

  // Token iterator: split on commas with optional spaces.
  const std::string csv = "alpha, beta,gamma ,  delta";
  std::regex sep(R"(\s*,\s*)");
  std::vector<std::string> parts(
      std::sregex_token_iterator(csv.begin(), csv.end(), sep, -1), {});
  std::cout << "parts: " << parts.size() << std::endl;

  return (urls.size() == 3 && urls[1] == "http://localhost:8080/api?q=1" &&
          kv["msg"] == "disk almost full" && kv["pct"] == "93" &&
          parts.size() == 4 && parts[2] == "gamma")
             ? 0
             : 1;
}
