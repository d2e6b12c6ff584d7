#include "policy/check/FindingReport.h"

namespace sysprune::policy {

std::string reportPath(const std::string &File, const std::string &Root) {
  if (Root.empty() || File.size() <= Root.size() + 1 ||
      File.compare(0, Root.size(), Root) != 0 || File[Root.size()] != '/')
    return File;
  return File.substr(Root.size() + 1);
}

} // namespace sysprune::policy
