#include "policy/ProgramRuns.h"

namespace sysprune::policy {

std::optional<std::string> programRunBy(const std::string &Function) {
  // glibc's _PATH_BSHELL.
  if (Function == "system" || Function == "popen" || Function == "wordexp")
    return std::string("/bin/sh");
  return std::nullopt;
}

} // namespace sysprune::policy
