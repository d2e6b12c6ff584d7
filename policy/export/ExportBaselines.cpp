#include "policy/export/ExportBaselines.h"

namespace sysprune::policy {

std::vector<std::string>
baselineSyscalls(const LibraryModel &Libc,
                 const std::vector<std::string> &Baselines) {
  std::vector<std::string> Names;
  for (const std::string &Name : Baselines)
    if (const std::vector<ModelSyscall> *Syscalls = Libc.baseline(Name))
      for (const ModelSyscall &S : *Syscalls)
        Names.push_back(S.Name);
  return Names;
}

Policy withBaselines(Policy P, std::vector<std::string> Syscalls,
                     const std::vector<std::string> &Baselines) {
  SyscallRule Rule;
  Rule.Act = Action::Allow;
  Rule.Names = std::move(Syscalls);
  if (Rule.Names.empty())
    return P;
  std::string Which;
  for (const std::string &Name : Baselines)
    Which += (Which.empty() ? "" : " and ") + Name;
  Rule.Comment = "the " + Which + " baselines: what runs before main";
  P.Syscalls.push_back(std::move(Rule));
  return P;
}

std::optional<Policy> withConsumer(Policy P, const std::string &Consumer) {
  const std::vector<ModelSyscall> *Syscalls =
      LibraryModel::builtinConsumers().baseline(Consumer);
  if (!Syscalls)
    return std::nullopt;
  SyscallRule Rule;
  Rule.Act = Action::Allow;
  for (const ModelSyscall &S : *Syscalls)
    Rule.Names.push_back(S.Name);
  Rule.Comment = "what " + Consumer +
                 " does between loading the filter and executing the "
                 "program (measured: policy/models/consumers.model)";
  P.Syscalls.push_back(std::move(Rule));
  return P;
}

} // namespace sysprune::policy
