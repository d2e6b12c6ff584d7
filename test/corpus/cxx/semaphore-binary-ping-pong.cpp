// Alternates two threads strictly with a pair of std::binary_semaphore objects
// (ping/pong turn-taking).
#include <cstdio>
#include <semaphore>
#include <string>
#include <thread>

int main() {
  std::binary_semaphore ping_turn{1}, pong_turn{0};
  std::string transcript;

  std::thread ping([&] {
    for (int i = 0; i < 5; ++i) {
      ping_turn.acquire();
      transcript += "i";
      pong_turn.release();
    }
  });
  std::thread pong([&] {
    for (int i = 0; i < 5; ++i) {
      pong_turn.acquire();
      transcript += "o";
      ping_turn.release();
    }
  });
  ping.join();
  pong.join();

  std::printf("transcript: %s\n", transcript.c_str());
  return transcript == "ioioioioio" ? 0 : 1;
}
