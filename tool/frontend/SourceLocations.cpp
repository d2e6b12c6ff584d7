#include "tool/frontend/SourceLocations.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Path.h>

namespace sysprune::scan {

std::string absolutePath(const clang::SourceManager &SM, llvm::StringRef File) {
  llvm::SmallString<256> Path(File);
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

policy::SourceLocation toPolicyLocation(const clang::SourceManager &SM,
                                        clang::SourceLocation Loc) {
  Loc = SM.getExpansionLoc(Loc);
  clang::PresumedLoc P = SM.getPresumedLoc(Loc);
  if (P.isInvalid())
    return {};
  return {absolutePath(SM, P.getFilename()), P.getLine(), P.getColumn()};
}

} // namespace sysprune::scan
