// conformance mode=record
class Missing extends Error {}
class Config {
  constructor(data) {
    this.data = data;
  }
  get port() {
    if (!('port' in this.data)) {
      throw new Missing('port');
    }
    return this.data.port;
  }
  set port(v) {
    if (v < 0) {
      throw new Missing('negative');
    }
    this.data.port = v;
  }
}
function read_port(cfg) {
  return cfg.port + 1;
}
function main() {
  let total = read_port(new Config({ port: 80 }));
  const cfg = new Config({});
  try {
    total += read_port(cfg);
  } catch (e) {
    total += 1000;
  }
  try {
    cfg.port = -1;
  } catch (e) {
    cfg.port = 7;
  }
  return total + read_port(cfg);
}
main();
