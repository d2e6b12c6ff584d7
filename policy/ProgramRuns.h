#pragma once

#include <optional>
#include <string>

namespace sysprune::policy {

/// The program a C library function runs on the caller's behalf, whatever
/// it is given: system() and popen() run the shell (`/bin/sh -c COMMAND`),
/// as wordexp() does for a command substitution. nullopt for the others
/// (execve and posix_spawn run what their caller names).
std::optional<std::string> programRunBy(const std::string &Function);

} // namespace sysprune::policy
