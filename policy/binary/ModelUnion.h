#pragma once

#include "policy/binary/ModelBuilder.h"

#include <llvm/Support/Error.h>

#include <vector>

namespace sysprune::policy::binary {

/// Adds what \p From does to \p Into (a function that may do either).
void mergeFunctionModel(FunctionModel &Into, const FunctionModel &From);

/// The union of models of several builds of one library (the GNU C library
/// of several releases, say): each function and group does what it does in
/// any of them. An error when the models are of different libraries or
/// architectures, or there are none.
llvm::Expected<BinaryModel>
unionOfBuilds(const std::vector<BinaryModel> &Builds);

} // namespace sysprune::policy::binary
