// conformance mode=record
function swallow() {
  try {
    throw new Error('lost');
  } finally {
    return 'kept';
  }
}
function stop_loop() {
  let n = 0;
  while (n < 5) {
    n += 1;
    try {
      throw new Error('dropped');
    } finally {
      break;
    }
  }
  return n;
}
swallow();
stop_loop();
