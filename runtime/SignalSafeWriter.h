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
  /// `NAME(NR) args=(A0, ..., A5)`, the name from \p Names (indexed by
  /// number, \p NameCount entries, null where unknown) or "syscall".
  void syscall(int Nr, const uint64_t (&Args)[6], const char *const *Names,
               std::size_t NameCount) noexcept;
  /// Copies the text so far into \p Out (\p Size bytes, NUL-terminated,
  /// truncated to fit) and empties the buffer.
  void copyTo(char *Out, std::size_t Size) noexcept;
  /// Writes the buffer and a newline to \p Fd and empties it.
  void flush(int Fd) noexcept;

private:
  void put(char C) noexcept;

  char Buffer[512];
  std::size_t Used = 0;
};

} // namespace sysprune::runtime
