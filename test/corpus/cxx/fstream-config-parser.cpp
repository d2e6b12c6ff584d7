// Parsing a key=value config file line by line with std::getline, skipping
// comments and trimming whitespace.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

class Config {
public:
  static Config load(const fs::path &file) {
    std::ifstream in(file);
    if (!in)
      throw std::runtime_error("cannot open config " + file.string());
    Config cfg;
    std::string line, section;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      line = trim(line);
      if (line.empty() || line[0] == '#' || line[0] == ';')
        continue;
      if (line.front() == '[' && line.back() == ']') {
        section = line.substr(1, line.size() - 2);
        continue;
      }
      auto eq = line.find('=');
      if (eq == std::string::npos)
        throw std::runtime_error("line " + std::to_string(lineno) +
                                 ": missing '='");
      std::string key = trim(line.substr(0, eq));
      if (!section.empty())
        key = section + "." + key;
      cfg.values_[key] = trim(line.substr(eq + 1));
    }
    return cfg;
  }

  std::optional<std::string> get(const std::string &key) const {
    auto it = values_.find(key);
    if (it == values_.end())
      return std::nullopt;
    return it->second;
  }
  int get_int(const std::string &key, int def) const {
    auto v = get(key);
    return v ? std::stoi(*v) : def;
  }
  std::size_t size() const { return values_.size(); }

private:
  static std::string trim(const std::string &s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos)
      return {};
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
  }
  std::map<std::string, std::string> values_;
};

int main() {
  const fs::path dir =
      fs::temp_directory_path() /
      ("fstream-config-parser.tmp-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "server.ini";
  std::ofstream(file) << "# server configuration\n"
                         "name = demo server \n"
                         "\n"
                         "[net]\n"
                         "port=8080\n"
                         "  host =  localhost\n"
                         "; legacy\n"
                         "[limits]\n"
                         "max_clients = 64\n";
  int rc = 0;
  try {
    Config cfg = Config::load(file);
    std::cout << "keys: " << cfg.size() << '\n';
    std::cout << "name=" << cfg.get("name").value_or("?") << '\n';
    std::cout << "net.port=" << cfg.get_int("net.port", 0) << '\n';
    std::cout << "limits.max_clients=" << cfg.get_int("limits.max_clients", 0)
              << '\n';
    if (cfg.size() != 4 || cfg.get("net.host") != "localhost" ||
        cfg.get_int("net.port", 0) != 8080)
      rc = 1;
    if (cfg.get_int("missing", 7) != 7)
      rc = 1;
  } catch (const std::exception &e) {
    std::cerr << "error: " << e.what() << '\n';
    rc = 1;
  }
  fs::remove_all(dir);
  return rc;
}
