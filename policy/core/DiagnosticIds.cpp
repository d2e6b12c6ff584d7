#include "policy/core/DiagnosticIds.h"

namespace sysprune::policy {

const std::vector<DiagnosticId> &diagnosticIds() {
  static const std::vector<DiagnosticId> Ids = [] {
    std::vector<DiagnosticId> Out = {
        {diag::ArgumentRules,
         "a syscall allowed with any arguments where a rule could not be made"},
        {diag::Dlopen, "a library loaded at run time, whose code the policy "
                       "does not see"},
        {diag::Exec, "the program runs other programs, which inherit its "
                     "filter"},
        {diag::LibcMismatch, "a policy derived for another C library release "
                             "than the one here"},
        {diag::LibcModel, "the C library is modelled from its machine code, "
                          "not the hand-checked model"},
        {diag::MissingLibrary, "a library named with --lib, or loaded by "
                               "the --binary program, that cannot be found"},
        {diag::NameService, "a name-service module glibc loads for a lookup"},
        {diag::NonconstantSyscall,
         "syscall() or inline assembly with a number that is not a constant"},
        {diag::RunNotFound,
         "a program the source names to run that is not here"},
        {diag::UnknownSyscall,
         "a syscall number the architecture does not have, or one machine "
         "code computes"},
        {diag::Unmodelled, "a call into a library function no model describes"},
        {diag::UnresolvedIndirectCall,
         "a call through a pointer no scanned function can be behind"},
    };
    for (DiagnosticId &D : Out)
      D.Documentation = "docs/checks/" + D.Id + ".md";
    return Out;
  }();
  return Ids;
}

} // namespace sysprune::policy
