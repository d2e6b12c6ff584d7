#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// Which services glibc asks for each name-service database, as
/// nsswitch.conf(5) says ("passwd: files systemd"). glibc loads every
/// service but the ones it has built in from libnss_SERVICE.so.2 at run
/// time, so a policy must know which a program's lookups reach.
class NameServiceConfig {
public:
  /// Parses nsswitch.conf text; malformed lines are skipped, as glibc does.
  /// Databases it does not mention get glibc's defaults.
  static NameServiceConfig parse(const std::string &Text);
  /// The configuration in \p Path; glibc's defaults when it cannot be read.
  static NameServiceConfig read(const std::string &Path);

  /// The services \p Database is looked up through, in order.
  std::vector<std::string> servicesOf(const std::string &Database) const;

private:
  std::map<std::string, std::vector<std::string>> Databases;
};

/// The databases a C library function looks names up in (getpwnam:
/// passwd; getaddrinfo: hosts and services); empty for any other function.
std::vector<std::string> nameServiceDatabasesOf(const std::string &Function);

/// The module glibc loads for \p Service at run time: libnss_SERVICE.so.2.
std::string nameServiceModule(const std::string &Service);

/// Whether glibc 2.36 has \p Service built in (files, dns), so the libc
/// model covers it.
bool isBuiltinNameService(const std::string &Service);

} // namespace sysprune::policy
