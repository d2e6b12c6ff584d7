#include "tool/frontend/DeclarationKinds.h"

#include <clang/AST/Attr.h>
#include <clang/Basic/SourceManager.h>

namespace sysprune::scan {

using namespace clang;

bool compiledHere(const Decl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return FD->doesThisDeclarationHaveABody() && !FD->isInlined() &&
           !FD->isInlineSpecified() &&
           FD->getTemplatedKind() == FunctionDecl::TK_NonTemplate &&
           !FD->isDependentContext();
  if (const auto *VD = dyn_cast<VarDecl>(D))
    return VD->hasGlobalStorage() && !VD->isStaticLocal() && VD->hasInit() &&
           !VD->isInline() && !VD->isStaticDataMember() &&
           !VD->getDeclContext()->isDependentContext() &&
           VD->isThisDeclarationADefinition() == VarDecl::Definition;
  return false;
}

bool isNeverASyscall(const ASTContext &Context, const FunctionDecl *FD) {
  // std::forward, std::move, std::addressof: folded by the compiler.
  if (unsigned ID = FD->getBuiltinID();
      ID && (FD->isInStdNamespace() ||
             (!Context.BuiltinInfo.isLibFunction(ID) &&
              !Context.BuiltinInfo.isPredefinedLibFunction(ID))))
    return true;
  if (const IdentifierInfo *II = FD->getIdentifier();
      II && II->getName().starts_with("__builtin_"))
    return true;
  if (FD->isTrivial() || FD->isDeleted())
    return true;
  if (auto *Method = dyn_cast<CXXMethodDecl>(FD))
    return Method->isPureVirtual();
  return false;
}

bool isLibcSyscallFunction(const SourceManager &SM, const FunctionDecl *FD) {
  const IdentifierInfo *II = FD->getIdentifier();
  return II && II->isStr("syscall") &&
         FD->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
         SM.isInSystemHeader(FD->getCanonicalDecl()->getLocation());
}

policy::CallKind callKind(const CXXMethodDecl *Method, bool Qualified) {
  if (!Method->isVirtual() || Qualified || Method->hasAttr<FinalAttr>() ||
      Method->getParent()->hasAttr<FinalAttr>())
    return policy::CallKind::Direct;
  return policy::CallKind::Virtual;
}

} // namespace sysprune::scan
