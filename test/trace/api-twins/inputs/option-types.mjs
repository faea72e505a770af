// Options of the wrong type: one TypeError each, naming the option.
import { Trace, CoverageResults, writeIstanbulReports } from 'jstrace';
const attempt = async (label, fn) => {
  try {
    await fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, `${e.name}: ${e.message.split('\n')[0]}`);
  }
};
await attempt('ignoredirs', () => new Trace({ ignoredirs: '/tmp' }));
await attempt('ignoremods', () => new Trace({ ignoremods: [1] }));
await attempt('infile', () => new Trace({ infile: 3 }));
await attempt('outfile', () => new CoverageResults({ outfile: 5 }));
await attempt('output', () => new Trace({ output: {} }));
await attempt('coverdir', () => new CoverageResults().writeResults({ coverdir: 5 }));
await attempt('update', () => new CoverageResults().update({}));
await attempt('reporter', () => writeIstanbulReports(new CoverageResults(), ['lcov', 'l'], 'never-written'));
await attempt('reporters', () => writeIstanbulReports(new CoverageResults(), 7));
