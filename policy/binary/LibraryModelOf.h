#pragma once

#include "policy/library/LibraryModel.h"

namespace sysprune::policy::binary {

struct BinaryModel;

/// The model of a shared library derived from its machine code (see
/// buildBinaryModel), as the link reads it: what each exported function
/// does itself, with the groups it enters flattened in, and which other
/// libraries' functions it calls.
LibraryModel libraryModelOf(const BinaryModel &Binary);

} // namespace sysprune::policy::binary
