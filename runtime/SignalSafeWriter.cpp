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

void SignalSafeWriter::syscall(int Nr, const uint64_t (&Args)[6],
                               const char *const *Names,
                               std::size_t NameCount) noexcept {
  if (Nr >= 0 && static_cast<std::size_t>(Nr) < NameCount && Names[Nr])
    text(Names[Nr]);
  else
    text("syscall");
  text("(");
  decimal(static_cast<uint64_t>(Nr));
  text(") args=(");
  for (int I = 0; I < 6; ++I) {
    if (I)
      text(", ");
    hex(Args[I]);
  }
  text(")");
}

void SignalSafeWriter::copyTo(char *Out, std::size_t Size) noexcept {
  if (Size == 0)
    return;
  std::size_t N = Used < Size - 1 ? Used : Size - 1;
  for (std::size_t I = 0; I < N; ++I)
    Out[I] = Buffer[I];
  Out[N] = '\0';
  Used = 0;
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
