#include "policy/core/Policy.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <array>
#include <utility>

namespace sysprune::policy {

namespace {
constexpr std::array<std::pair<Action, const char *>, 9> ActionNames{{
    {Action::KillProcess, "SCMP_ACT_KILL_PROCESS"},
    {Action::KillThread, "SCMP_ACT_KILL_THREAD"},
    // SCMP_ACT_KILL is the older spelling of SCMP_ACT_KILL_THREAD.
    {Action::KillThread, "SCMP_ACT_KILL"},
    {Action::Trap, "SCMP_ACT_TRAP"},
    {Action::Errno, "SCMP_ACT_ERRNO"},
    {Action::Trace, "SCMP_ACT_TRACE"},
    {Action::Allow, "SCMP_ACT_ALLOW"},
    {Action::Log, "SCMP_ACT_LOG"},
    {Action::Notify, "SCMP_ACT_NOTIFY"},
}};

constexpr std::array<std::pair<CompareOp, const char *>, 7> CompareOpNames{{
    {CompareOp::NotEqual, "SCMP_CMP_NE"},
    {CompareOp::Less, "SCMP_CMP_LT"},
    {CompareOp::LessEqual, "SCMP_CMP_LE"},
    {CompareOp::Equal, "SCMP_CMP_EQ"},
    {CompareOp::GreaterEqual, "SCMP_CMP_GE"},
    {CompareOp::Greater, "SCMP_CMP_GT"},
    {CompareOp::MaskedEqual, "SCMP_CMP_MASKED_EQ"},
}};
} // namespace

std::vector<std::string> Policy::allowedSyscalls() const {
  std::vector<std::string> Names;
  for (const SyscallRule &Rule : Syscalls)
    if (Rule.Act == Action::Allow)
      Names.insert(Names.end(), Rule.Names.begin(), Rule.Names.end());
  std::sort(Names.begin(), Names.end());
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  return Names;
}

const char *actionName(Action Act) {
  for (const auto &[Value, Name] : ActionNames)
    if (Value == Act)
      return Name;
  return "SCMP_ACT_KILL_PROCESS";
}

std::optional<Action> parseActionName(const std::string &Name) {
  for (const auto &[Value, Spelling] : ActionNames)
    if (Name == Spelling)
      return Value;
  return std::nullopt;
}

std::vector<std::string> allActionNames() {
  std::vector<std::string> Names;
  for (const auto &Entry : ActionNames)
    Names.emplace_back(Entry.second);
  return Names;
}

const char *compareOpName(CompareOp Op) {
  for (const auto &[Value, Name] : CompareOpNames)
    if (Value == Op)
      return Name;
  return "SCMP_CMP_EQ";
}

std::optional<CompareOp> parseCompareOpName(const std::string &Name) {
  for (const auto &[Value, Spelling] : CompareOpNames)
    if (Name == Spelling)
      return Value;
  return std::nullopt;
}

std::vector<std::string> allCompareOpNames() {
  std::vector<std::string> Names;
  for (const auto &Entry : CompareOpNames)
    Names.emplace_back(Entry.second);
  return Names;
}

std::string describeCLibrary(const CLibraryIdentity &Library) {
  std::string Out = Library.Soname;
  // A portable policy's releases: "2.31 2.36 2.41" is "2.31, 2.36 or 2.41".
  llvm::SmallVector<llvm::StringRef> Releases;
  llvm::StringRef(Library.Release)
      .split(Releases, ' ', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (size_t I = 0; I < Releases.size(); ++I)
    Out += (I == 0                     ? " (glibc "
            : I + 1 == Releases.size() ? " or "
                                       : ", ") +
           Releases[I].str();
  if (!Releases.empty())
    Out += ")";
  std::string Detail = Library.Build;
  if (!Library.BuildId.empty())
    Detail += (Detail.empty() ? "" : ", ") + std::string("build-id ") +
              Library.BuildId;
  if (!Detail.empty())
    Out += " [" + Detail + "]";
  return Out;
}

} // namespace sysprune::policy
