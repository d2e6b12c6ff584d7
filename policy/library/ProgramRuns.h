#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// The program a C library function runs on the caller's behalf, whatever
/// it is given: system() and popen() run the shell (`/bin/sh -c COMMAND`),
/// as wordexp() does for a command substitution. nullopt for the others
/// (execve and posix_spawn run what their caller names).
std::optional<std::string> programRunBy(const std::string &Function);

/// Whether syscall \p Name replaces the process with another program
/// (execve, execveat): what a filter stays on across.
bool runsAProgram(const std::string &Syscall);

/// The syscalls that run a program, in the order a report names them.
const std::vector<std::string> &programRunningSyscalls();

/// Whether C library function \p Function loads a shared library at run
/// time (dlopen, dlmopen), whose code no model of the program describes.
bool loadsLibraries(const std::string &Function);

/// Which argument of a C library function names the program it runs.
struct ProgramArgument {
  unsigned Index = 0;
  /// A name without a slash is looked up on PATH (execvp, posix_spawnp).
  bool SearchesPath = false;
  /// The argument is a shell command line (system, popen), not a path.
  bool IsShellCommand = false;
};

/// For the exec family, posix_spawn(p), system and popen: the argument that
/// names what they run; nullopt for other functions.
std::optional<ProgramArgument> programArgumentOf(const std::string &Function);

/// The programs a shell command line runs: the first word of each simple
/// command (after assignments and redirections), except the shell's own
/// builtins and keywords. \p Complete is set false when some command's
/// program is not a plain word (`$CMD`, a quoted or computed name), so the
/// list may be short.
std::vector<std::string> programsOfShellCommand(const std::string &Command,
                                                bool &Complete);

} // namespace sysprune::policy
