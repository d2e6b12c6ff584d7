#pragma once

#include <cstddef>
#include <cstdint>

namespace sysprune::runtime {

/// Builds one line in a fixed buffer without allocating, locking or calling
/// anything that is not async-signal-safe, then writes it with write(2).
class SignalSafeWriter {
public:
  void text(const char *S) noexcept;
  void decimal(uint64_t Value) noexcept;
  void hex(uint64_t Value) noexcept;
  /// Writes the buffer to \p Fd and empties it.
  void flush(int Fd) noexcept;

private:
  void put(char C) noexcept;

  char Buffer[512];
  std::size_t Used = 0;
};

} // namespace sysprune::runtime
