#include "tool/frontend/FactCollector.h"

#include "tool/frontend/ArgumentEvaluator.h"
#include "tool/frontend/DeclarationKinds.h"
#include "tool/frontend/FunctionNames.h"
#include "tool/frontend/InlineAsmSyscall.h"
#include "tool/frontend/SourceLocations.h"
#include "tool/frontend/lint/LintChecks.h"

#include "policy/core/DiagnosticIds.h"
#include "policy/library/ProgramRuns.h"

#include <clang/AST/CXXInheritance.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/BLAKE3.h>
#include <llvm/Support/Path.h>

#include <optional>
#include <set>

namespace sysprune::scan {

namespace {
using namespace clang;

/// Walks a translation unit, keeping track of which project function (or
/// static initialiser) the code being visited belongs to.
class FactCollector : public RecursiveASTVisitor<FactCollector> {
public:
  FactCollector(ASTContext &Context, policy::ProgramFacts &Out)
      : Context(Context), SM(Context.getSourceManager()), Out(Out),
        Names(Context) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  // Implicit constructors and destructors run the members' own.
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // Library code is described by library models, not scanned; except the
    // C++ library's inline and template code that project code reaches,
    // which is queued by recordCall and traversed by traverseLibraryCode,
    // with everything declared inside it (its local variables'
    // initialisers, its lambdas).
    if (D->getLocation().isValid() && SM.isInSystemHeader(D->getLocation()) &&
        !LibraryCodeBeingTraversed.count(D) &&
        !D->getParentFunctionOrMethod()) {
      // What a header compiles into this translation unit may sit inside
      // its namespaces and extern "C" blocks.
      if (isa<NamespaceDecl, LinkageSpecDecl>(D)) {
        for (Decl *Child : cast<DeclContext>(D)->decls())
          TraverseDecl(Child);
        return true;
      }
      if (!compiledHere(D))
        return true;
    }
    if (auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->doesThisDeclarationHaveABody() && !FD->isDependentContext())
      return withContext(enterFunction(FD), FD,
                         [&] { return RecursiveASTVisitor::TraverseDecl(D); });
    if (auto *VD = dyn_cast<VarDecl>(D);
        VD && VD->hasGlobalStorage() && !VD->isStaticLocal() &&
        !VD->getDeclContext()->isDependentContext() && VD->hasInit())
      return withContext(staticInitialiser(), nullptr,
                         [&] { return RecursiveASTVisitor::TraverseDecl(D); });
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  /// Traverses the library functions with bodies in this TU that project
  /// code reaches (std::vector's members, say), until no new one appears.
  void traverseLibraryCode() {
    while (!LibraryQueue.empty()) {
      const FunctionDecl *FD = LibraryQueue.back();
      LibraryQueue.pop_back();
      Decl *D = const_cast<FunctionDecl *>(FD);
      LibraryCodeBeingTraversed.insert(D);
      TraverseDecl(D);
      LibraryCodeBeingTraversed.erase(D);
    }
  }

  // Unevaluated operands (sizeof, decltype, noexcept, typeid of a
  // non-polymorphic type, requires) call nothing at run time.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }
  bool TraverseDecltypeTypeLoc(DecltypeTypeLoc) { return true; }
  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc) { return true; }
  bool TraverseRequiresExpr(RequiresExpr *) { return true; }
  bool TraverseCXXTypeidExpr(CXXTypeidExpr *E) {
    return E->isPotentiallyEvaluated()
               ? RecursiveASTVisitor::TraverseCXXTypeidExpr(E)
               : true;
  }

  bool VisitCallExpr(CallExpr *E) {
    if (!Current)
      return true;
    if (auto *Member = dyn_cast<CXXMemberCallExpr>(E))
      return visitMemberCall(Member);
    if (auto *Operator = dyn_cast<CXXOperatorCallExpr>(E))
      if (auto *Method =
              dyn_cast_or_null<CXXMethodDecl>(Operator->getDirectCallee())) {
        consumeCallee(Operator->getCallee());
        // The object is argument 0 of an operator call, not a parameter.
        recordCall(Method, E->getBeginLoc(), callKind(Method, false),
                   llvm::ArrayRef(E->getArgs(), E->getNumArgs()).drop_front());
        return true;
      }
    const FunctionDecl *Callee = E->getDirectCallee();
    if (!Callee) {
      recordIndirectCall(E);
      return true;
    }
    consumeCallee(E->getCallee());
    llvm::ArrayRef<const Expr *> Args(E->getArgs(), E->getNumArgs());
    if (isLibcSyscallFunction(SM, Callee))
      recordSyscallFunction(E, Args);
    else
      recordCall(Callee, E->getBeginLoc(), policy::CallKind::Direct, Args);
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (auto *FD = dyn_cast<FunctionDecl>(E->getDecl());
        FD && !Consumed.count(E))
      recordCall(FD, E->getBeginLoc(), policy::CallKind::AddressTaken, {});
    return true;
  }

  /// A function converted to a pointer of another function type (glibc's
  /// getsockname, whose transparent-union parameter C lets stand for
  /// `struct sockaddr *`) can be called through that type too.
  bool VisitCastExpr(CastExpr *E) {
    if (E->getCastKind() != CK_BitCast && E->getCastKind() != CK_NoOp)
      return true;
    const auto *Pointer = E->getType()->getAs<PointerType>();
    if (!Pointer || !Pointer->getPointeeType()->isFunctionType())
      return true;
    const Expr *Sub = E->getSubExpr()->IgnoreParenImpCasts();
    if (auto *Unary = dyn_cast<UnaryOperator>(Sub);
        Unary && Unary->getOpcode() == UO_AddrOf)
      Sub = Unary->getSubExpr()->IgnoreParenImpCasts();
    auto *Ref = dyn_cast<DeclRefExpr>(Sub);
    auto *FD = Ref ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
    std::string As = Names.signatureOf(Pointer->getPointeeType());
    if (FD && As != Names.signatureOf(FD->getType()))
      recordCall(FD, E->getBeginLoc(), policy::CallKind::AddressTaken, {}, As);
    return true;
  }

  bool VisitMemberExpr(MemberExpr *E) {
    if (auto *FD = dyn_cast<FunctionDecl>(E->getMemberDecl());
        FD && !Consumed.count(E))
      recordCall(FD, E->getMemberLoc(), policy::CallKind::AddressTaken, {});
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    recordCall(Ctor, E->getBeginLoc(), policy::CallKind::Direct,
               llvm::ArrayRef(E->getArgs(), E->getNumArgs()));
    // What is constructed is destroyed: count the destructor as called.
    recordDestructor(Ctor->getParent(), E->getBeginLoc());
    // A base or delegated construction is part of a complete object's,
    // whose own class holds the vtable that runs.
    if (E->getConstructionKind() == CXXConstructionKind::Complete)
      recordVtableSlots(Ctor->getParent(), E->getBeginLoc());
    return true;
  }

  bool VisitCXXNewExpr(CXXNewExpr *E) {
    if (FunctionDecl *New = E->getOperatorNew())
      recordCall(New, E->getBeginLoc(), policy::CallKind::Direct, {});
    return true;
  }

  bool VisitCXXDeleteExpr(CXXDeleteExpr *E) {
    if (FunctionDecl *Delete = E->getOperatorDelete())
      recordCall(Delete, E->getBeginLoc(), policy::CallKind::Direct, {});
    // In a template, `delete h` of a dependent type that is not a pointer
    // has no destroyed type until it is instantiated.
    if (QualType Destroyed = E->getDestroyedType(); !Destroyed.isNull())
      if (const CXXRecordDecl *Record = Destroyed->getAsCXXRecordDecl())
        recordDestructor(Record, E->getBeginLoc());
    return true;
  }

  bool VisitGCCAsmStmt(GCCAsmStmt *S) {
    if (!Current)
      return true;
    auto Syscall = findInlineAsmSyscall(*S, Context);
    if (!Syscall)
      return true;
    if (!Syscall->Number) {
      Current->Unresolved.push_back(
          {location(S->getBeginLoc()),
           "inline assembly makes a syscall whose number is not a constant; "
           "the policy cannot allow it (it will be blocked when it runs)",
           policy::diag::NonconstantSyscall});
      return true;
    }
    policy::DirectSyscallFact Fact;
    Fact.Number = *Syscall->Number;
    Fact.Where = location(S->getBeginLoc());
    Fact.Via = "asm";
    for (const Expr *Arg : Syscall->Arguments)
      Fact.Args.push_back(Arg ? Arguments->evaluate(Arg) : policy::ArgValue{});
    Current->Syscalls.push_back(std::move(Fact));
    return true;
  }

private:
  template <typename Fn>
  bool withContext(policy::FunctionFacts *F, const FunctionDecl *Decl,
                   Fn &&Traverse) {
    policy::FunctionFacts *SavedFacts = Current;
    auto SavedArguments = std::move(Arguments);
    Current = F;
    Arguments = std::make_unique<ArgumentEvaluator>(Context, Decl);
    bool Result = Traverse();
    Current = SavedFacts;
    Arguments = std::move(SavedArguments);
    return Result;
  }

  policy::FunctionFacts *enterFunction(const FunctionDecl *FD) {
    std::string Id = Names.idOf(FD);
    auto [It, Inserted] = Out.Functions.try_emplace(Id);
    policy::FunctionFacts &F = It->second;
    if (!Inserted)
      return &F;
    F.Id = Id;
    F.Name = FD->getQualifiedNameAsString();
    F.Where = location(FD->getLocation());
    F.Signature = Names.signatureOf(FD->getType());
    F.External = FD->isExternallyVisible();
    F.IsLibraryCode =
        SM.isInSystemHeader(FD->getLocation()) && !compiledHere(FD);
    if (auto *Method = dyn_cast<CXXMethodDecl>(FD))
      for (const CXXMethodDecl *Base : Method->overridden_methods())
        F.Overrides.push_back(Names.idOf(Base));
    // A destructor runs those of its members and bases after its body.
    if (auto *Dtor = dyn_cast<CXXDestructorDecl>(FD)) {
      const CXXRecordDecl *Record = Dtor->getParent();
      policy::FunctionFacts *Saved = Current;
      Current = &F;
      for (const FieldDecl *Field : Record->fields())
        if (const CXXRecordDecl *Member =
                Context.getBaseElementType(Field->getType())
                    ->getAsCXXRecordDecl())
          recordDestructor(Member, Field->getLocation());
      for (const CXXBaseSpecifier &Base : Record->bases())
        if (const CXXRecordDecl *BaseRecord =
                Base.getType()->getAsCXXRecordDecl())
          recordDestructor(BaseRecord, Base.getBeginLoc());
      Current = Saved;
    }
    return &F;
  }

  policy::FunctionFacts *staticInitialiser() {
    StringRef File = SM.getFileEntryRefForID(SM.getMainFileID())->getName();
    std::string Path = absolutePath(File);
    std::string Id = "sysprune:static-init:" + Path;
    auto [It, Inserted] = Out.Functions.try_emplace(Id);
    if (Inserted) {
      It->second.Id = Id;
      It->second.Name = "<static initialisers of " +
                        llvm::sys::path::filename(File).str() + ">";
      It->second.IsStaticInitialiser = true;
      It->second.Where = {Path, 1, 1};
    }
    return &It->second;
  }

  bool visitMemberCall(CXXMemberCallExpr *E) {
    const CXXMethodDecl *Method = E->getMethodDecl();
    if (!Method) { // a call through a pointer to member
      recordIndirectCall(E);
      return true;
    }
    auto *Callee = dyn_cast<MemberExpr>(E->getCallee()->IgnoreParens());
    consumeCallee(E->getCallee());
    recordCall(Method, E->getBeginLoc(),
               callKind(Method, Callee && Callee->hasQualifier()),
               llvm::ArrayRef(E->getArgs(), E->getNumArgs()));
    return true;
  }

  /// The callee expression of a call is not an address-taken reference.
  void consumeCallee(const Expr *Callee) {
    const Expr *E = Callee->IgnoreParenImpCasts();
    if (auto *Unary = dyn_cast<UnaryOperator>(E);
        Unary && Unary->getOpcode() == UO_Deref)
      E = Unary->getSubExpr()->IgnoreParenImpCasts();
    Consumed.insert(E);
  }

  void recordIndirectCall(const CallExpr *E) {
    const Expr *Callee = E->getCallee();
    if (!Callee || Callee->isTypeDependent())
      return;
    QualType T = Callee->getType();
    if (const auto *Pointer = T->getAs<PointerType>())
      T = Pointer->getPointeeType();
    else if (const auto *MemberPointer = T->getAs<MemberPointerType>())
      T = MemberPointer->getPointeeType();
    if (!T->isFunctionType())
      return;
    Current->IndirectCalls.push_back(
        {location(E->getBeginLoc()), Names.signatureOf(T)});
  }

  /// \p SignatureAs: for an address-taken function, the function type it
  /// is called through when not its own.
  void recordCall(const FunctionDecl *Callee, SourceLocation Loc,
                  policy::CallKind Kind, llvm::ArrayRef<const Expr *> Args,
                  std::string SignatureAs = "") {
    // A pure virtual method runs as its overrides: through a virtual call,
    // or through a pointer to it (GoogleTest runs each test's body through
    // &Test::TestBody).
    auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
    bool Dispatches = Kind == policy::CallKind::Virtual ||
                      (Kind == policy::CallKind::AddressTaken && Method &&
                       Method->isVirtual());
    if (!Current || !Callee ||
        (isNeverASyscall(Context, Callee) && !Dispatches))
      return;
    queueLibraryCode(Callee);
    recordLambdaConversion(Callee, Loc);
    policy::CallFact Call;
    Call.Callee = Names.idOf(Callee);
    Call.CalleeName = Names.linkageName(Callee);
    Call.Where = location(Loc);
    Call.Kind = Kind;
    if (Kind == policy::CallKind::AddressTaken)
      Call.Signature = SignatureAs.empty()
                           ? Names.signatureOf(Callee->getType())
                           : std::move(SignatureAs);
    for (const Expr *Arg : Args)
      Call.Args.push_back(Arguments->evaluate(Arg));
    // What a call that runs a program runs, when the source says.
    if (auto Named = policy::programArgumentOf(Call.CalleeName);
        Named && Kind == policy::CallKind::Direct && Named->Index < Args.size())
      if (auto Text = Args[Named->Index]->tryEvaluateString(Context))
        Call.Runs = std::move(*Text);
    Current->Calls.push_back(std::move(Call));
  }

  /// A captureless lambda converted to a function pointer (handed to qsort,
  /// atexit, pthread_create, a C API's callback): the pointer runs the
  /// lambda's body through a static invoker the compiler writes, which has
  /// no body in the AST, so the body counts as address-taken here.
  void recordLambdaConversion(const FunctionDecl *Callee, SourceLocation Loc) {
    auto *Conversion = dyn_cast<CXXConversionDecl>(Callee);
    if (!Conversion || !Conversion->getParent()->isLambda())
      return;
    if (FunctionTemplateDecl *Generic =
            Conversion->getParent()->getDependentLambdaCallOperator()) {
      // A generic lambda converts through the specialisation its target
      // type selects: count each one this TU instantiated.
      for (const FunctionDecl *Specialisation : Generic->specializations())
        recordCall(Specialisation, Loc, policy::CallKind::AddressTaken, {},
                   Names.signatureOf(Specialisation->getType()));
      return;
    }
    if (const CXXMethodDecl *Body =
            Conversion->getParent()->getLambdaCallOperator())
      recordCall(Body, Loc, policy::CallKind::AddressTaken, {},
                 Names.pointeeSignature(Conversion->getConversionType()));
  }

  /// C++ library code whose body this TU has (inline functions, template
  /// instantiations) is followed into, down to the functions it calls in
  /// the compiled library; so are C functions with internal linkage
  /// (glibc's `static __inline` __bswap_16, which htons expands to), since
  /// no library exports them. Other C functions are not: a C library
  /// function with a body in a header (a _FORTIFY_SOURCE wrapper, say) is
  /// described by its model under its own name.
  void queueLibraryCode(const FunctionDecl *Callee) {
    const FunctionDecl *Definition = nullptr;
    if (!Callee->hasBody(Definition) || Definition->isDependentContext() ||
        !SM.isInSystemHeader(Definition->getLocation()))
      return;
    bool CxxLibraryCode =
        Context.getLangOpts().CPlusPlus && !Callee->isExternC();
    if (!CxxLibraryCode && Definition->isExternallyVisible())
      return;
    if (QueuedLibraryCode.insert(Definition).second)
      LibraryQueue.push_back(Definition);
  }

  void recordDestructor(const CXXRecordDecl *Record, SourceLocation Loc) {
    if (!Record || !Record->hasDefinition() || Record->hasTrivialDestructor())
      return;
    const CXXDestructorDecl *Dtor = Record->getDestructor();
    if (!Dtor)
      return;
    // An implicit destructor no TU defines does what a defined one would:
    // destroy the members and bases.
    if (Dtor->isImplicit() && !Dtor->hasBody() &&
        !SM.isInSystemHeader(Record->getLocation())) {
      if (!ExpandingDestructors.insert(Record).second)
        return;
      for (const FieldDecl *Field : Record->fields())
        recordDestructor(
            Context.getBaseElementType(Field->getType())->getAsCXXRecordDecl(),
            Loc);
      for (const CXXBaseSpecifier &Base : Record->bases())
        recordDestructor(Base.getType()->getAsCXXRecordDecl(), Loc);
      ExpandingDestructors.erase(Record);
      return;
    }
    recordCall(Dtor, Loc,
               Dtor->isVirtual() ? policy::CallKind::Virtual
                                 : policy::CallKind::Direct,
               {});
  }

  /// Records, for an object of class \p Record constructed here, the
  /// methods its vtable holds for the virtual methods a system header
  /// declares (std::thread::_State::_M_run, std::streambuf::overflow,
  /// std::exception::what, destructors): compiled library code that gets
  /// the object calls them, without a call the scan could see.
  void recordVtableSlots(const CXXRecordDecl *Record, SourceLocation Loc) {
    if (!Current || !Record || !Record->hasDefinition())
      return;
    Record = Record->getDefinition();
    if (!Record->isDynamicClass() || Record->isDependentContext() ||
        Record->isAbstract())
      return;
    if (!VtablesRecorded.emplace(Current, Record).second)
      return;
    for (const CXXMethodDecl *Method : librarySlotsOf(Record))
      recordCall(Method, Loc, policy::CallKind::VtableSlot, {});
  }

  /// The final overriders in \p Record of the virtual methods a system
  /// header declares; computed once a class.
  const std::set<const CXXMethodDecl *> &
  librarySlotsOf(const CXXRecordDecl *Record) {
    auto [It, Inserted] = LibrarySlots.try_emplace(Record);
    if (!Inserted)
      return It->second;
    CXXFinalOverriderMap Overriders;
    Record->getFinalOverriders(Overriders);
    for (const auto &[Declared, BySubobject] : Overriders) {
      if (!SM.isInSystemHeader(Declared->getCanonicalDecl()->getLocation()))
        continue;
      for (const auto &[Subobject, Methods] : BySubobject)
        for (const UniqueVirtualMethod &Method : Methods)
          It->second.insert(Method.Method);
    }
    return It->second;
  }

  void recordSyscallFunction(const CallExpr *E,
                             llvm::ArrayRef<const Expr *> Args) {
    if (Args.empty())
      return;
    const Expr *Number = Args.front();
    Expr::EvalResult Result;
    if (Number->isValueDependent() || !Number->EvaluateAsInt(Result, Context)) {
      Current->Unresolved.push_back(
          {location(Number->getBeginLoc()),
           "syscall number is not a constant expression; the policy cannot "
           "allow this call (it will be blocked when it runs)",
           policy::diag::NonconstantSyscall});
      return;
    }
    policy::DirectSyscallFact Fact;
    Fact.Number = Result.Val.getInt().getExtValue();
    Fact.Where = location(E->getBeginLoc());
    Fact.Via = "syscall";
    for (const Expr *Arg : Args.drop_front())
      Fact.Args.push_back(Arguments->evaluate(Arg));
    Current->Syscalls.push_back(std::move(Fact));
  }

  std::string absolutePath(StringRef File) const {
    return scan::absolutePath(SM, File);
  }

  policy::SourceLocation location(SourceLocation Loc) const {
    return toPolicyLocation(SM, Loc);
  }

  ASTContext &Context;
  SourceManager &SM;
  policy::ProgramFacts &Out;
  policy::FunctionFacts *Current = nullptr;
  std::unique_ptr<ArgumentEvaluator> Arguments;
  FunctionNames Names;
  /// Callee expressions of calls already recorded as calls.
  std::set<const Expr *> Consumed;
  std::vector<const FunctionDecl *> LibraryQueue;
  std::set<const CXXRecordDecl *> ExpandingDestructors;
  /// Class -> its vtable slots library code may call (librarySlotsOf).
  std::map<const CXXRecordDecl *, std::set<const CXXMethodDecl *>> LibrarySlots;
  /// (function, class) pairs whose vtable slots are recorded.
  std::set<std::pair<const policy::FunctionFacts *, const CXXRecordDecl *>>
      VtablesRecorded;
  std::set<const FunctionDecl *> QueuedLibraryCode;
  std::set<const Decl *> LibraryCodeBeingTraversed;
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
    // The parser already holds the file in memory; hash that, not the disk.
    std::optional<StringRef> Data = It->second->getBufferDataIfLoaded();
    Inputs[absolutePath(SM, It->first.getName())] =
        Data ? contentHash(*Data) : "";
  }
  // Facts from a TU that did not compile would be partial; the caller
  // reports the failure instead.
  if (Context.getDiagnostics().hasErrorOccurred())
    return;
  policy::ProgramFacts Facts;
  FactCollector Collector(Context, Facts);
  Collector.TraverseDecl(Context.getTranslationUnitDecl());
  Collector.traverseLibraryCode();
  runLintChecks(Context, Facts);
  Out.merge(std::move(Facts));
}

std::unique_ptr<tooling::FrontendActionFactory>
newFactCollectorFactory(policy::ProgramFacts &Out, InputHashes &Inputs) {
  return std::make_unique<FactCollectorFactory>(Out, Inputs);
}

} // namespace sysprune::scan
