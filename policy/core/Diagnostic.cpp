#include "policy/core/Diagnostic.h"

#include <algorithm>

namespace sysprune::policy {

bool hasErrors(const Diagnostics &Diags) {
  return std::any_of(Diags.begin(), Diags.end(), [](const Diagnostic &D) {
    return D.Level == Severity::Error;
  });
}

const char *severityName(Severity Level) {
  switch (Level) {
  case Severity::Note:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "error";
}

} // namespace sysprune::policy
