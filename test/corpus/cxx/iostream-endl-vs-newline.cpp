// Choosing between std::endl (flushes), '\n' (no flush) and explicit std::flush
// when printing progress in a loop.
#include <iostream>
#include <sstream>
#include <string>

class ProgressPrinter {
public:
  explicit ProgressPrinter(std::ostream &os, int total)
      : os_(os), total_(total) {}

  void step(int done) {
    // Hot path: '\n' avoids a flush per line.
    os_ << "step " << done << "/" << total_ << '\n';
    if (done % 5 == 0) {
      // Checkpoint: make sure the line reaches the terminal/pipe now.
      os_ << "checkpoint " << done << std::flush << '\n';
    }
  }

  void finish() { os_ << "finished" << std::endl; }

private:
  std::ostream &os_;
  int total_;
};

int main() {
  std::cout << std::unitbuf << "unitbuf on" << std::nounitbuf << '\n';

  ProgressPrinter p(std::cout, 12);
  for (int i = 1; i <= 12; ++i)
    p.step(i);
  p.finish();

  // Same output into a string stream to check the content.
  std::ostringstream capture;
  ProgressPrinter q(capture, 5);
  for (int i = 1; i <= 5; ++i)
    q.step(i);
  q.finish();

  const std::string s = capture.str();
  std::cout << "captured " << s.size() << " bytes" << std::endl;
  std::cout.flush();
  return s.find("checkpoint 5\n") != std::string::npos &&
                 s.ends_with("finished\n")
             ? 0
             : 1;
}
