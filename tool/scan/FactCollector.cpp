#include "scan/FactCollector.h"

#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Index/USRGeneration.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/BLAKE3.h>
#include <llvm/Support/Path.h>

namespace sysprune::scan {

namespace {
using namespace clang;

/// Walks a translation unit, keeping track of which project function (or
/// static initialiser) the code being visited belongs to.
class FactCollector : public RecursiveASTVisitor<FactCollector> {
public:
  FactCollector(ASTContext &Context, policy::ProgramFacts &Out)
      : Context(Context), SM(Context.getSourceManager()), Out(Out) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // Library code is described by library models, not scanned.
    if (D->getLocation().isValid() && SM.isInSystemHeader(D->getLocation()))
      return true;
    if (auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->doesThisDeclarationHaveABody() && !FD->isDependentContext())
      return withFunction(enterFunction(FD),
                          [&] { return RecursiveASTVisitor::TraverseDecl(D); });
    if (auto *VD = dyn_cast<VarDecl>(D);
        VD && VD->hasGlobalStorage() && !VD->isStaticLocal() && VD->hasInit())
      return withFunction(staticInitialiser(),
                          [&] { return RecursiveASTVisitor::TraverseDecl(D); });
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (auto *FD = dyn_cast<FunctionDecl>(E->getDecl()))
      recordCall(FD, E->getBeginLoc());
    return true;
  }

  bool VisitMemberExpr(MemberExpr *E) {
    if (auto *FD = dyn_cast<FunctionDecl>(E->getMemberDecl()))
      recordCall(FD, E->getMemberLoc());
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    recordCall(E->getConstructor(), E->getBeginLoc());
    return true;
  }

  bool VisitCXXNewExpr(CXXNewExpr *E) {
    if (FunctionDecl *New = E->getOperatorNew())
      recordCall(New, E->getBeginLoc());
    return true;
  }

  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (!Current || !Callee || !isLibcSyscallFunction(Callee) ||
        E->getNumArgs() == 0)
      return true;
    const Expr *Number = E->getArg(0);
    Expr::EvalResult Result;
    if (!Number->isValueDependent() && Number->EvaluateAsInt(Result, Context)) {
      policy::DirectSyscallFact Fact;
      Fact.Number = Result.Val.getInt().getExtValue();
      Fact.Where = location(E->getBeginLoc());
      Fact.Via = "syscall";
      Current->Syscalls.push_back(std::move(Fact));
      return true;
    }
    Current->Unresolved.push_back(
        {location(Number->getBeginLoc()),
         "syscall number is not a constant expression; the policy cannot "
         "allow this call (it will be blocked when it runs)",
         "sysprune-nonconstant-syscall"});
    return true;
  }

private:
  template <typename Fn>
  bool withFunction(policy::FunctionFacts *F, Fn &&Traverse) {
    policy::FunctionFacts *Saved = Current;
    Current = F;
    bool Result = Traverse();
    Current = Saved;
    return Result;
  }

  policy::FunctionFacts *enterFunction(const FunctionDecl *FD) {
    std::string Id = idOf(FD);
    auto [It, Inserted] = Out.Functions.try_emplace(Id);
    policy::FunctionFacts &F = It->second;
    if (Inserted) {
      F.Id = Id;
      F.Name = FD->getQualifiedNameAsString();
      F.Where = location(FD->getLocation());
    }
    return &F;
  }

  policy::FunctionFacts *staticInitialiser() {
    StringRef File = SM.getFileEntryRefForID(SM.getMainFileID())->getName();
    std::string Id = "sysprune:static-init:" + File.str();
    auto [It, Inserted] = Out.Functions.try_emplace(Id);
    if (Inserted) {
      It->second.Id = Id;
      It->second.Name = "<static initialisers of " +
                        llvm::sys::path::filename(File).str() + ">";
      It->second.IsStaticInitialiser = true;
      It->second.Where = {absolutePath(File), 1, 1};
    }
    return &It->second;
  }

  void recordCall(const FunctionDecl *Callee, SourceLocation Loc) {
    if (!Current || isLibcSyscallFunction(Callee))
      return;
    policy::CallFact Call;
    Call.Callee = idOf(Callee);
    Call.CalleeName = Callee->isExternC() || !Context.getLangOpts().CPlusPlus
                          ? Callee->getName().str()
                          : Callee->getQualifiedNameAsString();
    Call.Where = location(Loc);
    Current->Calls.push_back(std::move(Call));
  }

  /// libc's `syscall(long number, ...)`; a namespaced or member look-alike
  /// is not it.
  bool isLibcSyscallFunction(const FunctionDecl *FD) const {
    const IdentifierInfo *II = FD->getIdentifier();
    return II && II->isStr("syscall") &&
           FD->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
           SM.isInSystemHeader(FD->getCanonicalDecl()->getLocation());
  }

  std::string idOf(const FunctionDecl *FD) const {
    SmallString<128> USR;
    if (index::generateUSRForDecl(FD, USR))
      return FD->getQualifiedNameAsString();
    return USR.str().str();
  }

  std::string absolutePath(StringRef File) const {
    // Relative to the compile command's directory, not the process's.
    SmallString<256> Path(File);
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    return Path.str().str();
  }

  policy::SourceLocation location(SourceLocation Loc) const {
    Loc = SM.getExpansionLoc(Loc);
    PresumedLoc P = SM.getPresumedLoc(Loc);
    if (P.isInvalid())
      return {};
    return {absolutePath(P.getFilename()), P.getLine(), P.getColumn()};
  }

  ASTContext &Context;
  SourceManager &SM;
  policy::ProgramFacts &Out;
  policy::FunctionFacts *Current = nullptr;
};

class FactCollectorAction : public ASTFrontendAction {
public:
  FactCollectorAction(policy::ProgramFacts &Out, InputHashes &Inputs)
      : Out(Out), Inputs(Inputs) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 StringRef) override {
    return std::make_unique<FactCollectorConsumer>(Out, Inputs);
  }

private:
  policy::ProgramFacts &Out;
  InputHashes &Inputs;
};

class FactCollectorFactory : public tooling::FrontendActionFactory {
public:
  FactCollectorFactory(policy::ProgramFacts &Out, InputHashes &Inputs)
      : Out(Out), Inputs(Inputs) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<FactCollectorAction>(Out, Inputs);
  }

private:
  policy::ProgramFacts &Out;
  InputHashes &Inputs;
};
} // namespace

std::string contentHash(llvm::StringRef Data) {
  auto Digest = llvm::BLAKE3::hash<16>(llvm::arrayRefFromStringRef(Data));
  return llvm::toHex(Digest, /*LowerCase=*/true);
}

void FactCollectorConsumer::HandleTranslationUnit(ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
    SmallString<256> Path(It->first.getName());
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    // The parser already holds the file in memory; hash that, not the disk.
    std::optional<StringRef> Data = It->second->getBufferDataIfLoaded();
    Inputs[Path.str().str()] = Data ? contentHash(*Data) : "";
  }
  // Facts from a TU that did not compile would be partial; the caller
  // reports the failure instead.
  if (Context.getDiagnostics().hasErrorOccurred())
    return;
  policy::ProgramFacts Facts;
  FactCollector(Context, Facts).TraverseDecl(Context.getTranslationUnitDecl());
  Out.merge(std::move(Facts));
}

std::unique_ptr<tooling::FrontendActionFactory>
newFactCollectorFactory(policy::ProgramFacts &Out, InputHashes &Inputs) {
  return std::make_unique<FactCollectorFactory>(Out, Inputs);
}

} // namespace sysprune::scan
