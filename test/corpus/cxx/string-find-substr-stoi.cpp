// Parsing "host:port/path?query" style strings with std::string
// find/substr/rfind, std::to_string and std::stoi (catching
// invalid_argument/out_of_range).
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

struct Url {
  std::string scheme, host, path;
  int port = 0;
  std::map<std::string, std::string> query;

  std::string to_string() const {
    std::string s = scheme + "://" + host;
    if (port)
      s += ":" + std::to_string(port);
    return s + path;
  }
};

Url parse_url(const std::string &s) {
  Url u;
  std::string::size_type pos = s.find("://");
  if (pos == std::string::npos)
    throw std::invalid_argument("missing scheme");
  u.scheme = s.substr(0, pos);
  std::string rest = s.substr(pos + 3);

  std::string::size_type q = rest.find('?');
  if (q != std::string::npos) {
    std::string qs = rest.substr(q + 1);
    rest.erase(q);
    for (std::string::size_type start = 0; start <= qs.size();) {
      auto amp = qs.find('&', start);
      std::string kv = qs.substr(
          start, amp == std::string::npos ? std::string::npos : amp - start);
      auto eq = kv.find('=');
      if (!kv.empty())
        u.query[kv.substr(0, eq)] =
            eq == std::string::npos ? "" : kv.substr(eq + 1);
      if (amp == std::string::npos)
        break;
      start = amp + 1;
    }
  }
  auto slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  u.path = slash == std::string::npos ? "/" : rest.substr(slash);
  auto colon = authority.rfind(':');
  if (colon != std::string::npos) {
    u.port = std::stoi(authority.substr(colon + 1)); // may throw
    authority.resize(colon);
  }
  u.host = authority;
  return u;
}

int main() {
  const std::vector<std::string> inputs{"https://example.com:8443/a/b?x=1&y=&z",
                                        "http://localhost/",
                                        "ftp://files",
                                        "http://h:notaport/",
                                        "http://h:99999999999/",
                                        "no-scheme"};
  int ok = 0, invalid = 0, range = 0;
  Url first;
  for (const auto &in : inputs) {
    try {
      Url u = parse_url(in);
      if (ok == 0)
        first = u;
      ++ok;
      std::cout << in << " -> " << u.to_string() << " (" << u.query.size()
                << " params)\n";
    } catch (const std::invalid_argument &e) {
      ++invalid;
      std::cout << in << " -> invalid_argument: " << e.what() << '\n';
    } catch (const std::out_of_range &e) {
      ++range;
      std::cout << in << " -> out_of_range: " << e.what() << '\n';
    }
  }
  std::cout << ok << " ok, " << invalid << " invalid, " << range
            << " out of range" << std::endl;
  return (ok == 3 && invalid == 2 && range == 1 && first.port == 8443 &&
          first.query.at("x") == "1" && first.query.count("z") &&
          first.path == "/a/b")
             ? 0
             : 1;
}
