#include "tool/frontend/lint/InotifyReadBufferCheck.h"

namespace sysprune::scan::lint {

using namespace clang;
using namespace clang::ast_matchers;

namespace {
const char *const Check = "inotify-read-buffer";

/// sizeof(struct inotify_event) + NAME_MAX + 1: room for the event with
/// the longest name. The struct's size comes from <sys/inotify.h> when the
/// translation unit declares it (16 bytes on Linux otherwise).
int64_t eventRoom(ASTContext &Context) {
  constexpr int64_t NameMax = 255;
  int64_t EventSize = 16;
  for (const NamedDecl *D : Context.getTranslationUnitDecl()->lookup(
           &Context.Idents.get("inotify_event")))
    if (const auto *Record = dyn_cast<RecordDecl>(D))
      if (const RecordDecl *Definition = Record->getDefinition())
        EventSize =
            Context.getTypeSizeInChars(Context.getRecordType(Definition))
                .getQuantity();
  return EventSize + NameMax + 1;
}
} // namespace

void InotifyReadBufferCheck::registerMatchers(MatchFinder &Finder) {
  Finder.addMatcher(libcCallInFunction("::read").bind("call"), this);
}

void InotifyReadBufferCheck::run(const MatchFinder::MatchResult &Result) {
  const auto *Read = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  ASTContext &Context = *Result.Context;
  if (Read->getNumArgs() != 3)
    return;
  const VarDecl *Descriptor = variableOf(Read->getArg(0));
  if (!Descriptor)
    return;
  const CallExpr *Init = nullptr;
  for (const auto &[Variable, Call] : resultsStoredIn(
           *Function->getBody(), Context, "::inotify_init", "::inotify_init1"))
    if (Variable == Descriptor)
      Init = Call;
  if (!Init)
    return;
  int64_t Room = eventRoom(Context);
  const Expr *Too = nullptr;
  int64_t Size = 0;
  const VarDecl *Buffer = variableOf(Read->getArg(1));
  if (const auto *Array =
          Buffer ? Context.getAsConstantArrayType(Buffer->getType())
                 : nullptr) {
    Size = Context.getTypeSizeInChars(Array).getQuantity();
    if (Size < Room)
      Too = Read->getArg(1);
  }
  if (std::optional<int64_t> Count = Report.constant(Read->getArg(2));
      !Too && Count && *Count < Room) {
    Size = *Count;
    Too = Read->getArg(2);
  }
  if (!Too)
    return;
  std::string What = Too == Read->getArg(1)
                         ? "the buffer '" + Buffer->getNameAsString() + "'"
                         : "the read";
  policy::Finding F = Report.finding(
      Check, Too->getBeginLoc(),
      "reading inotify events into " + std::to_string(Size) +
          " bytes, less than sizeof(struct inotify_event) + NAME_MAX + 1 (" +
          std::to_string(Room) + "): " + What +
          " cannot hold an event with a long name, and read fails with "
          "EINVAL; make it at least that size");
  F.Notes.push_back(Report.note(Check, Init->getBeginLoc(),
                                "the descriptor comes from " +
                                    Init->getDirectCallee()->getNameAsString() +
                                    " here"));
  F.Notes.push_back(Report.note(
      Check, Too->getBeginLoc(),
      "inotify(7): specifying a buffer of size sizeof(struct inotify_event) "
      "+ NAME_MAX + 1 will be sufficient to read at least one event"));
  Report.add(std::move(F));
}

} // namespace sysprune::scan::lint
