/* Interpret commands through a dispatch table of {name, handler, arity} entries
 * with function pointers, the way REPLs and protocol servers route requests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK_MAX 16
struct vm {
  long stack[STACK_MAX];
  int sp;
};

typedef int (*handler_fn)(struct vm *, int argc, char **argv);

static int push(struct vm *vm, long v) {
  if (vm->sp >= STACK_MAX)
    return -1;
  vm->stack[vm->sp++] = v;
  return 0;
}
static int pop(struct vm *vm, long *v) {
  if (vm->sp <= 0)
    return -1;
  *v = vm->stack[--vm->sp];
  return 0;
}

static int cmd_push(struct vm *vm, int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (push(vm, strtol(argv[i], NULL, 10)))
      return -1;
  return 0;
}
static int binop(struct vm *vm, char op) {
  long a, b;
  if (pop(vm, &b) || pop(vm, &a))
    return -1;
  return push(vm, op == '+' ? a + b : op == '*' ? a * b : a - b);
}
static int cmd_add(struct vm *vm, int argc, char **argv) {
  (void)argc;
  (void)argv;
  return binop(vm, '+');
}
static int cmd_mul(struct vm *vm, int argc, char **argv) {
  (void)argc;
  (void)argv;
  return binop(vm, '*');
}
static int cmd_sub(struct vm *vm, int argc, char **argv) {
  (void)argc;
  (void)argv;
  return binop(vm, '-');
}
static int cmd_print(struct vm *vm, int argc, char **argv) {
  (void)argc;
  (void)argv;
  printf("top = %ld\n", vm->sp ? vm->stack[vm->sp - 1] : 0);
  return 0;
}

static const struct command {
  const char *name;
  handler_fn fn;
  int min_args;
} commands[] = {
    {"push", cmd_push, 1}, {"add", cmd_add, 0},     {"mul", cmd_mul, 0},
    {"sub", cmd_sub, 0},   {"print", cmd_print, 0},
};

static int execute(struct vm *vm, char *line) {
  char *argv[8];
  int argc = 0;
  for (char *save, *t = strtok_r(line, " ", &save); t && argc < 8;
       t = strtok_r(NULL, " ", &save))
    argv[argc++] = t;
  if (argc == 0)
    return 0;
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
    if (strcmp(commands[i].name, argv[0]) != 0)
      continue;
    if (argc - 1 < commands[i].min_args) {
      fprintf(stderr, "%s: too few arguments\n", argv[0]);
      return -1;
    }
    return commands[i].fn(vm, argc, argv);
  }
  fprintf(stderr, "unknown command: %s\n", argv[0]);
  return -1;
}

int main(void) {
  struct vm vm = {.sp = 0};
  char script[][32] = {"push 6 7",   "mul",      "push 8", "sub",  "print",
                       "frobnicate", "push 100", "add",    "print"};
  int errors = 0;
  for (size_t i = 0; i < sizeof script / sizeof script[0]; i++)
    if (execute(&vm, script[i]) != 0)
      errors++;
  printf("result %ld with %d error(s)\n", vm.stack[0], errors);
  return (vm.sp == 1 && vm.stack[0] == 134 && errors == 1) ? 0 : 1;
}
