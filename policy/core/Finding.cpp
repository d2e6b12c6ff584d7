#include "policy/core/Finding.h"

namespace sysprune::policy {

bool sameFinding(const Finding &A, const Finding &B) {
  return A.Main.Check == B.Main.Check && A.Main.Where == B.Main.Where &&
         A.Main.Message == B.Main.Message;
}

} // namespace sysprune::policy
