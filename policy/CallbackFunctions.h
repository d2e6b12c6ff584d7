#pragma once

#include <string>

namespace sysprune::policy {

/// Whether the C library function \p Name calls a function it is given
/// (pthread_create's start routine, qsort's comparator, an atexit handler,
/// a signal handler): a library that calls it may have any function whose
/// address it takes called back.
bool takesCallbacks(const std::string &Name);

} // namespace sysprune::policy
