// Reading configuration overrides from the environment with std::getenv,
// falling back to defaults, as twelve-factor style apps do.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

class EnvConfig {
public:
  explicit EnvConfig(std::string prefix) : prefix_(std::move(prefix)) {}

  std::optional<std::string> raw(const std::string &key) const {
    const char *v = std::getenv((prefix_ + key).c_str());
    if (!v)
      return std::nullopt;
    return std::string(v);
  }
  std::string str(const std::string &key, const std::string &def) const {
    return raw(key).value_or(def);
  }
  int integer(const std::string &key, int def) const {
    auto v = raw(key);
    if (!v)
      return def;
    try {
      return std::stoi(*v);
    } catch (const std::exception &) {
      std::cerr << "warning: " << prefix_ << key << "='" << *v
                << "' is not a number\n";
      return def;
    }
  }
  bool flag(const std::string &key) const {
    auto v = raw(key);
    return v && (*v == "1" || *v == "true" || *v == "yes");
  }

private:
  std::string prefix_;
};

int main() {
  // Simulate a deployment environment (setenv affects only this process).
  ::setenv("CORPUSAPP_PORT", "9090", 1);
  ::setenv("CORPUSAPP_WORKERS", "lots", 1);
  ::setenv("CORPUSAPP_DEBUG", "yes", 1);
  ::unsetenv("CORPUSAPP_HOST");

  EnvConfig cfg("CORPUSAPP_");
  const std::string host = cfg.str("HOST", "127.0.0.1");
  const int port = cfg.integer("PORT", 8080);
  const int workers = cfg.integer("WORKERS", 4);
  const bool debug = cfg.flag("DEBUG");

  const char *home = std::getenv("HOME");
  const char *path = std::getenv("PATH");
  std::cout << "listen " << host << ":" << port << " workers=" << workers
            << " debug=" << debug << '\n';
  std::cout << "HOME " << (home ? "set" : "unset") << ", PATH "
            << (path ? "set" : "unset") << std::endl;
  return (host == "127.0.0.1" && port == 9090 && workers == 4 && debug) ? 0 : 1;
}
