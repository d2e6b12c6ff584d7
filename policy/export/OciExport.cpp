#include "policy/export/OciExport.h"

#include "policy/json/PolicyWriter.h"

namespace sysprune::policy {

std::string exportOci(const Policy &P) {
  Policy Bare = P;
  Bare.Origin.reset();
  return writePolicy(Bare);
}

} // namespace sysprune::policy
