#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sysprune::policy {

/// Whether the C library function \p Name calls a function it is given
/// (pthread_create's start routine, qsort's comparator, an atexit handler,
/// a signal handler): a library that calls it may have any function whose
/// address it takes called back.
bool takesCallbacks(const std::string &Name);

/// For a function that takes callbacks: which of its arguments (from 0)
/// are the functions it calls. Empty when it takes them in memory
/// (sigaction's struct, fopencookie's table), where machine code does not
/// show which; nullopt for a function that takes none.
std::optional<std::vector<unsigned>> callbackArguments(const std::string &Name);

} // namespace sysprune::policy
