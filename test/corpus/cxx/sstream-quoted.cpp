// Serialising strings that contain spaces and quotes with std::quoted and
// reading them back unchanged.
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct Bookmark {
  std::string title;
  std::string url;
  int visits;
};

std::ostream &operator<<(std::ostream &os, const Bookmark &b) {
  return os << std::quoted(b.title) << ' ' << std::quoted(b.url) << ' '
            << b.visits;
}

std::istream &operator>>(std::istream &is, Bookmark &b) {
  return is >> std::quoted(b.title) >> std::quoted(b.url) >> b.visits;
}

int main() {
  std::vector<Bookmark> marks{
      {"My \"favourite\" page", "https://example.com/a b", 3},
      {"Back\\slash test", "file:///tmp/x", 0},
      {"", "about:blank", 12},
  };

  std::stringstream store;
  for (const auto &m : marks)
    store << m << '\n';
  std::cout << store.str();

  std::vector<Bookmark> loaded;
  for (Bookmark b; store >> b;)
    loaded.push_back(b);

  bool ok = loaded.size() == marks.size();
  for (std::size_t i = 0; ok && i < marks.size(); ++i)
    ok = loaded[i].title == marks[i].title && loaded[i].url == marks[i].url &&
         loaded[i].visits == marks[i].visits;

  // Custom delimiter and escape, as in SQL-ish single quotes.
  std::ostringstream sql;
  sql << std::quoted("O'Brien", '\'', '\'');
  std::cout << "sql literal: " << sql.str() << '\n';
  ok = ok && sql.str() == "'O''Brien'";

  std::cout << (ok ? "quoted round trip ok" : "quoted mismatch") << std::endl;
  return ok ? 0 : 1;
}
