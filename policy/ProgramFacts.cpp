#include "policy/ProgramFacts.h"

namespace sysprune::policy {

void ProgramFacts::merge(ProgramFacts &&Other) {
  for (auto &[Id, Function] : Other.Functions)
    Functions.try_emplace(Id, std::move(Function));
}

} // namespace sysprune::policy
