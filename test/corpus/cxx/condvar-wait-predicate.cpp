// Waits on a std::condition_variable with a predicate lambda (robust against
// spurious wakeups) until a job table reaches a state.
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

enum class JobState { Pending, Running, Done };

int main() {
  std::mutex m;
  std::condition_variable changed;
  std::vector<JobState> jobs(5, JobState::Pending);

  std::vector<std::thread> runners;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    runners.emplace_back([&, i] {
      {
        std::lock_guard<std::mutex> lk(m);
        jobs[i] = JobState::Running;
      }
      changed.notify_all();
      volatile long work = 0;
      for (long k = 0; k < 10000; ++k)
        work = work + k;
      {
        std::lock_guard<std::mutex> lk(m);
        jobs[i] = JobState::Done;
      }
      changed.notify_all();
    });
  }

  std::unique_lock<std::mutex> lk(m);
  changed.wait(lk, [&] {
    for (auto s : jobs)
      if (s != JobState::Done)
        return false;
    return true;
  });
  lk.unlock();
  std::printf("all %zu jobs done\n", jobs.size());
  for (auto &r : runners)
    r.join();
  return 0;
}
