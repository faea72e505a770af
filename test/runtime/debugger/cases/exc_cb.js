function strict(a, b) {
  if (a === b) {
    throw new ValueError('dup');
  }
  return a - b;
}

function main() {
  const xs = [2, 1, 2];
  let status = 'ok';
  try {
    xs.sort(strict);
  } catch (e) {
    status = 'dup';
  } finally {
    status = status + '!';
  }
  print(status);
  return status;
}
class ValueError extends Error {}
module.exports = { main };
