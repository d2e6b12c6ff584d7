#pragma once

#include "policy/core/Diagnostic.h"

#include <clang/Basic/SourceManager.h>

#include <string>

namespace sysprune::scan {

/// \p File made absolute against the compile command's directory (not the
/// process's), without `.` and `..`: the same file has one name in every
/// fact and finding.
std::string absolutePath(const clang::SourceManager &SM, llvm::StringRef File);

/// Where \p Loc is in the source the user wrote (a macro's expansion point);
/// an empty location when it has none.
policy::SourceLocation toPolicyLocation(const clang::SourceManager &SM,
                                        clang::SourceLocation Loc);

} // namespace sysprune::scan
