#include "SignalSafeWriter.h"

#include <unistd.h>

namespace sysprune::runtime {

void SignalSafeWriter::put(char C) noexcept {
  // Keep room for the newline flush() may add; truncate the rest.
  if (Used + 1 < sizeof(Buffer))
    Buffer[Used++] = C;
}

void SignalSafeWriter::text(const char *S) noexcept {
  while (S && *S)
    put(*S++);
}

void SignalSafeWriter::decimal(uint64_t Value) noexcept {
  char Digits[20];
  int N = 0;
  do {
    Digits[N++] = static_cast<char>('0' + Value % 10);
    Value /= 10;
  } while (Value);
  while (N)
    put(Digits[--N]);
}

void SignalSafeWriter::hex(uint64_t Value) noexcept {
  text("0x");
  char Digits[16];
  int N = 0;
  do {
    Digits[N++] = "0123456789abcdef"[Value & 0xf];
    Value >>= 4;
  } while (Value);
  while (N)
    put(Digits[--N]);
}

void SignalSafeWriter::flush(int Fd) noexcept {
  Buffer[Used++] = '\n';
  const char *P = Buffer;
  while (Used) {
    ssize_t N = write(Fd, P, Used);
    if (N <= 0)
      break;
    P += N;
    Used -= static_cast<std::size_t>(N);
  }
  Used = 0;
}

} // namespace sysprune::runtime
