#include "policy/diff/PolicyMerge.h"

#include "policy/core/SyscallRules.h"

#include <algorithm>
#include <set>

namespace sysprune::policy {

namespace {
/// Appends the members of \p From that \p To lacks, in order.
template <typename T>
void appendNew(std::vector<T> &To, const std::vector<T> &From) {
  for (const T &Item : From)
    if (std::find(To.begin(), To.end(), Item) == To.end())
      To.push_back(Item);
}

/// The shorter of two call chains; the first when they tie, so that the
/// first input's chain wins.
void keepShorter(std::vector<Frame> &Chain, const std::vector<Frame> &Other) {
  if (!Other.empty() && (Chain.empty() || Other.size() < Chain.size()))
    Chain = Other;
}

std::string architecturesText(const std::vector<std::string> &Archs) {
  if (Archs.empty())
    return "no architectures (the machine's own)";
  std::string Out;
  for (const std::string &A : Archs)
    Out += (Out.empty() ? "" : ", ") + A;
  return Out;
}

/// A merged rule of one syscall and the inputs that have it.
struct MergedRule {
  SyscallAllowance Rule;
  std::vector<size_t> From;
};

class Merger {
public:
  explicit Merger(const std::vector<MergeInput> &Inputs) : Inputs(Inputs) {}

  std::optional<Policy> merge(const std::string &ToolVersion);
  Diagnostics Diags;

private:
  bool checkSettings();
  bool collectRules();
  void writeRules(Policy &P) const;
  Provenance mergeProvenance(const std::string &ToolVersion) const;
  void mergeSyscall(const std::string &Syscall, Provenance &Out) const;
  /// The leaf inputs that \p Listed names, or input \p I as a whole.
  std::vector<std::string>
  namesOf(size_t I, const std::vector<std::string> *Listed) const;
  void fail(const std::string &Message) {
    Diags.push_back({Severity::Error, {}, Message, ""});
  }

  const std::vector<MergeInput> &Inputs;
  /// Per input, its rules by syscall.
  std::vector<std::map<std::string, std::vector<SyscallAllowance>>> PerInput;
  /// Syscall -> its merged rules, in the order of first appearance.
  std::map<std::string, std::vector<MergedRule>> Rules;
  /// The actions (with errno) in the order of first appearance.
  std::vector<std::string> ActionOrder;
  /// The leaf inputs of the merge: a merged input counts as its inputs.
  std::vector<std::string> Leaves;
};

bool Merger::checkSettings() {
  const Policy &First = Inputs.front().Value;
  std::string FirstDefault =
      actionText(First.DefaultAction, First.DefaultErrnoRet);
  std::set<std::string> FirstArchs(First.Architectures.begin(),
                                   First.Architectures.end());
  for (const MergeInput &In : Inputs) {
    const Policy &P = In.Value;
    std::string Default = actionText(P.DefaultAction, P.DefaultErrnoRet);
    if (Default != FirstDefault) {
      fail("cannot merge policies with different default actions: " +
           Inputs.front().Name + " has " + FirstDefault + ", " + In.Name +
           " has " + Default);
      return false;
    }
    if (std::set<std::string>(P.Architectures.begin(), P.Architectures.end()) !=
        FirstArchs) {
      fail("cannot merge policies for different architectures: " +
           Inputs.front().Name + " lists " +
           architecturesText(First.Architectures) + ", " + In.Name + " lists " +
           architecturesText(P.Architectures));
      return false;
    }
  }
  return true;
}

bool Merger::collectRules() {
  // Syscall -> the first input that has it, and that input's actions.
  std::map<std::string, std::pair<size_t, std::set<std::string>>> Actions;
  for (size_t I = 0; I < Inputs.size(); ++I) {
    PerInput.push_back(rulesBySyscall(Inputs[I].Value));
    for (const SyscallRule &Rule : Inputs[I].Value.Syscalls)
      appendNew(ActionOrder, {actionText(Rule.Act, Rule.ErrnoRet)});
    for (const auto &[Syscall, Allowances] : PerInput.back()) {
      std::set<std::string> Mine;
      for (const SyscallAllowance &A : Allowances)
        Mine.insert(actionText(A.Act, A.ErrnoRet));
      auto [It, New] = Actions.try_emplace(Syscall, I, Mine);
      if (!New && It->second.second != Mine) {
        auto Join = [](const std::set<std::string> &S) {
          std::string Out;
          for (const std::string &A : S)
            Out += (Out.empty() ? "" : " and ") + A;
          return Out;
        };
        fail("cannot merge different actions for '" + Syscall +
             "': " + Inputs[It->second.first].Name + " gives it " +
             Join(It->second.second) + ", " + Inputs[I].Name + " " +
             Join(Mine));
        return false;
      }
      std::vector<MergedRule> &Merged = Rules[Syscall];
      for (const SyscallAllowance &A : Allowances) {
        auto Same =
            std::find_if(Merged.begin(), Merged.end(),
                         [&](const MergedRule &M) { return M.Rule.sameAs(A); });
        if (Same == Merged.end())
          Merged.push_back({A, {I}});
        else
          Same->From.push_back(I);
      }
    }
  }
  // With any arguments in one input, with any arguments in the union.
  for (auto &[Syscall, Merged] : Rules)
    for (const MergedRule &M : std::vector(Merged))
      if (M.Rule.Conditions.empty())
        std::erase_if(Merged, [&](const MergedRule &Other) {
          return Other.Rule.sameActionAs(M.Rule) &&
                 !Other.Rule.Conditions.empty();
        });
  return true;
}

void Merger::writeRules(Policy &P) const {
  // As sysprune scan lays them out: per action, one rule for the syscalls
  // allowed with any arguments, then each argument rule.
  for (const std::string &Action : ActionOrder) {
    SyscallRule Unconditional;
    std::vector<SyscallRule> Conditional;
    for (const auto &[Syscall, Merged] : Rules)
      for (const MergedRule &M : Merged) {
        if (actionText(M.Rule.Act, M.Rule.ErrnoRet) != Action)
          continue;
        if (M.Rule.Conditions.empty()) {
          Unconditional.Names.push_back(Syscall);
          Unconditional.Act = M.Rule.Act;
          Unconditional.ErrnoRet = M.Rule.ErrnoRet;
          continue;
        }
        SyscallRule Rule;
        Rule.Names = {Syscall};
        Rule.Act = M.Rule.Act;
        Rule.ErrnoRet = M.Rule.ErrnoRet;
        Rule.Args = M.Rule.Conditions;
        Conditional.push_back(std::move(Rule));
      }
    if (!Unconditional.Names.empty())
      P.Syscalls.push_back(std::move(Unconditional));
    for (SyscallRule &Rule : Conditional)
      P.Syscalls.push_back(std::move(Rule));
  }
}

std::vector<std::string>
Merger::namesOf(size_t I, const std::vector<std::string> *Listed) const {
  if (Listed && !Listed->empty())
    return *Listed;
  const auto &Origin = Inputs[I].Value.Origin;
  if (Origin && !Origin->Inputs.empty())
    return Origin->Inputs;
  return {Inputs[I].Name};
}

void Merger::mergeSyscall(const std::string &Syscall, Provenance &Out) const {
  const std::vector<MergedRule> &Merged = Rules.at(Syscall);
  bool AnyArguments = false, Restricted = false;
  for (const MergedRule &M : Merged)
    (M.Rule.Conditions.empty() ? AnyArguments : Restricted) = true;
  std::vector<std::string> From;
  std::string Unrestricted;
  bool RestrictedSomewhere = false;
  std::string WidenedBy;
  for (size_t I = 0; I < Inputs.size(); ++I) {
    auto Own = PerInput[I].find(Syscall);
    if (Own == PerInput[I].end())
      continue;
    const auto &Origin = Inputs[I].Value.Origin;
    const Provenance *O = Origin ? &*Origin : nullptr;
    appendNew(From, namesOf(I, O ? lookup(O->FromInputs, Syscall) : nullptr));
    bool InputAny = std::any_of(
        Own->second.begin(), Own->second.end(),
        [](const SyscallAllowance &A) { return A.Conditions.empty(); });
    RestrictedSomewhere |= !InputAny;
    if (InputAny && WidenedBy.empty())
      WidenedBy = Inputs[I].Name;
    if (!O)
      continue;
    if (auto *Sites = lookup(O->Sites, Syscall))
      appendNew(Out.Sites[Syscall], *Sites);
    if (auto *Baselines = lookup(O->FromBaselines, Syscall))
      appendNew(Out.FromBaselines[Syscall], *Baselines);
    if (auto *Chain = lookup(O->Chains, Syscall))
      keepShorter(Out.Chains[Syscall], *Chain);
    if (auto *Why = lookup(O->Unrestricted, Syscall);
        Why && InputAny && Unrestricted.empty())
      Unrestricted = *Why;
  }
  Out.FromInputs[Syscall] = From;
  if (AnyArguments && !Unrestricted.empty())
    Out.Unrestricted[Syscall] = Unrestricted;
  else if (AnyArguments && RestrictedSomewhere)
    Out.Unrestricted[Syscall] = WidenedBy + " allows it with any arguments";
  if (!Restricted)
    return;
  for (const MergedRule &M : Merged) {
    if (M.Rule.Conditions.empty())
      continue;
    ArgumentUse Use;
    Use.Conditions = M.Rule.Conditions;
    for (size_t I : M.From) {
      const auto &Origin = Inputs[I].Value.Origin;
      const ArgumentUse *Own =
          Origin ? findArgumentUse(*Origin, Syscall, M.Rule.Conditions)
                 : nullptr;
      appendNew(Use.Inputs, namesOf(I, Own ? &Own->Inputs : nullptr));
      if (!Own)
        continue;
      appendNew(Use.Sites, Own->Sites);
      keepShorter(Use.Chain, Own->Chain);
    }
    Out.Arguments[Syscall].push_back(std::move(Use));
  }
}

Provenance Merger::mergeProvenance(const std::string &ToolVersion) const {
  Provenance Out;
  Out.ToolVersion = ToolVersion;
  for (size_t I = 0; I < Inputs.size(); ++I) {
    appendNew(Out.Inputs, namesOf(I, nullptr));
    const auto &O = Inputs[I].Value.Origin;
    if (!O)
      continue;
    appendNew(Out.Entries, O->Entries);
    appendNew(Out.Models, O->Models);
    appendNew(Out.Baselines, O->Baselines);
    appendNew(Out.Unmodelled, O->Unmodelled);
    appendNew(Out.NameServices, O->NameServices);
  }
  // The C library, where every input was derived for the same one.
  for (size_t I = 0; I < Inputs.size(); ++I) {
    const auto &O = Inputs[I].Value.Origin;
    if (!O || !O->CLibrary || (I > 0 && O->CLibrary != Out.CLibrary)) {
      Out.CLibrary.reset();
      break;
    }
    Out.CLibrary = O->CLibrary;
  }
  for (const auto &Entry : Rules)
    mergeSyscall(Entry.first, Out);
  // Inputs are named only where they tell something: not in a merge of one
  // policy (with itself), and not where every input has it.
  auto SameAsAll = [&](std::vector<std::string> &Names) {
    std::set<std::string> Have(Names.begin(), Names.end());
    if (Out.Inputs.size() < 2 ||
        Have == std::set<std::string>(Out.Inputs.begin(), Out.Inputs.end())) {
      Names.clear();
      return;
    }
    // In the order of the merge's inputs.
    Names.clear();
    for (const std::string &Name : Out.Inputs)
      if (Have.count(Name))
        Names.push_back(Name);
  };
  for (auto &[Syscall, Names] : Out.FromInputs)
    SameAsAll(Names);
  std::erase_if(Out.FromInputs,
                [](const auto &Entry) { return Entry.second.empty(); });
  for (auto &[Syscall, Uses] : Out.Arguments)
    for (ArgumentUse &Use : Uses)
      SameAsAll(Use.Inputs);
  if (Out.Inputs.size() < 2)
    Out.Inputs.clear();
  std::erase_if(Out.Sites,
                [](const auto &Entry) { return Entry.second.empty(); });
  std::erase_if(Out.FromBaselines,
                [](const auto &Entry) { return Entry.second.empty(); });
  std::erase_if(Out.Chains,
                [](const auto &Entry) { return Entry.second.empty(); });
  return Out;
}

std::optional<Policy> Merger::merge(const std::string &ToolVersion) {
  if (Inputs.empty()) {
    fail("nothing to merge");
    return std::nullopt;
  }
  if (!checkSettings() || !collectRules())
    return std::nullopt;
  const Policy &First = Inputs.front().Value;
  Policy P;
  P.DefaultAction = First.DefaultAction;
  P.DefaultErrnoRet = First.DefaultErrnoRet;
  P.Architectures = First.Architectures;
  for (const MergeInput &In : Inputs)
    appendNew(P.Flags, In.Value.Flags);
  writeRules(P);
  if (std::any_of(Inputs.begin(), Inputs.end(),
                  [](const MergeInput &In) { return In.Value.Origin; }))
    P.Origin = mergeProvenance(ToolVersion);
  return P;
}
} // namespace

MergeResult mergePolicies(const std::vector<MergeInput> &Inputs,
                          const std::string &ToolVersion) {
  Merger M(Inputs);
  MergeResult Out;
  Out.Value = M.merge(ToolVersion);
  Out.Diags = std::move(M.Diags);
  return Out;
}

} // namespace sysprune::policy
