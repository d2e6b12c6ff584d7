#include "tool/frontend/FunctionNames.h"

#include <clang/Index/USRGeneration.h>

namespace sysprune::scan {

std::string FunctionNames::idOf(const clang::FunctionDecl *FD) const {
  llvm::SmallString<128> USR;
  if (clang::index::generateUSRForDecl(FD, USR))
    return FD->getQualifiedNameAsString();
  return USR.str().str();
}

std::string FunctionNames::linkageName(const clang::FunctionDecl *FD) {
  if (!Context.getLangOpts().CPlusPlus || FD->isExternC() || FD->isMain())
    return FD->getNameAsString();
  // Some template members have no mangled name outside a full
  // instantiation; people can still read the qualified one.
  std::string Mangled = Mangler.getName(FD);
  return Mangled.empty() ? FD->getQualifiedNameAsString() : Mangled;
}

std::string FunctionNames::signatureOf(clang::QualType T) const {
  return T.getCanonicalType().getUnqualifiedType().getAsString(
      Context.getPrintingPolicy());
}

std::string FunctionNames::pointeeSignature(clang::QualType T) const {
  if (const auto *Pointer = T->getAs<clang::PointerType>())
    T = Pointer->getPointeeType();
  return T->isFunctionType() ? signatureOf(T) : "";
}

} // namespace sysprune::scan
