/**
 * Reading PCM audio in pieces: the layout of a WAV (RIFF, RF64, BW64) or AIFF/AIFC file's sample data from its
 * header, and the conversion of a slice of that data to planar float samples. The browser's decodeAudioData
 * needs whole files; with these, a player fetches a few seconds at a time by HTTP Range.
 */

export type Encoding = 'uint8' | 'int16' | 'int24' | 'int32' | 'float32' | 'float64';

/** Where the samples lie in the file and how they are stored. */
export interface PcmLayout {
  sampleRate: number;
  channels: number;
  encoding: Encoding;
  littleEndian: boolean;
  /** Byte offset of the first frame. */
  dataOffset: number;
  /** Bytes per frame (all channels). */
  blockAlign: number;
  /** Frames in the file. */
  frames: number;
}

/** Thrown when the header is not one this reader understands; the caller may fall back to server decoding. */
export class UnsupportedPcm extends Error {}

/** Asks for more of the header: the bytes from offset, at least length of them when the file has them. */
export type ReadBytes = (offset: number, length: number) => Promise<ArrayBuffer>;

const HEADER_READ = 64 * 1024;

function fourCc(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function encodingOf(bits: number, float: boolean): Encoding {
  if (float) {
    if (bits === 32) return 'float32';
    if (bits === 64) return 'float64';
  } else {
    if (bits === 8) return 'uint8';
    if (bits === 16) return 'int16';
    if (bits === 24) return 'int24';
    if (bits === 32) return 'int32';
  }
  throw new UnsupportedPcm(`${bits}-bit ${float ? 'float' : 'integer'} samples`);
}

/** Reads chunk headers (id, size) from offset on, fetching more of the file when a header lies beyond. */
async function* chunks(read: ReadBytes, first: ArrayBuffer, start: number, bigEndian: boolean) {
  let buffer = first;
  let base = 0;
  let offset = start;
  for (let guard = 0; guard < 10_000; guard++) {
    if (offset + 8 > base + buffer.byteLength) {
      buffer = await read(offset, HEADER_READ);
      base = offset;
      if (buffer.byteLength < 8) return;
    }
    const view = new DataView(buffer);
    const at = offset - base;
    const id = fourCc(view, at);
    const size = view.getUint32(at + 4, !bigEndian);
    if (at + 8 + Math.min(size, 64) > buffer.byteLength && id !== 'data' && id !== 'SSND') {
      if (at === 0) throw new UnsupportedPcm(`the ${id} chunk runs past the end of the file`);
      buffer = await read(offset, Math.max(HEADER_READ, size + 8));
      base = offset;
      continue;
    }
    yield { id, size, body: new DataView(buffer, at + 8, Math.min(size, buffer.byteLength - at - 8)), offset: offset + 8 };
    offset += 8 + size + (size % 2);
  }
}

/** The layout of a WAV/RF64/BW64 or AIFF/AIFC file, reading as little of it as the header needs. */
export async function readLayout(read: ReadBytes): Promise<PcmLayout> {
  const first = await read(0, HEADER_READ);
  if (first.byteLength < 12) throw new UnsupportedPcm('file too short');
  const view = new DataView(first);
  const riff = fourCc(view, 0);
  if ((riff === 'RIFF' || riff === 'RF64' || riff === 'BW64') && fourCc(view, 8) === 'WAVE') {
    return wavLayout(read, first, riff !== 'RIFF');
  }
  if (riff === 'FORM' && (fourCc(view, 8) === 'AIFF' || fourCc(view, 8) === 'AIFC')) {
    return aiffLayout(read, first, fourCc(view, 8) === 'AIFC');
  }
  throw new UnsupportedPcm('neither WAV nor AIFF');
}

async function wavLayout(read: ReadBytes, first: ArrayBuffer, sixtyFour: boolean): Promise<PcmLayout> {
  let format: { channels: number; rate: number; blockAlign: number; encoding: Encoding } | undefined;
  let bigDataSize: number | undefined;
  for await (const chunk of chunks(read, first, 12, false)) {
    const body = chunk.body;
    if (chunk.id === 'ds64' && sixtyFour) {
      bigDataSize = body.getUint32(8, true) + body.getUint32(12, true) * 2 ** 32;
    } else if (chunk.id === 'fmt ') {
      let tag = body.getUint16(0, true);
      const bits = body.getUint16(14, true);
      if (tag === 0xfffe && body.byteLength >= 26) {
        tag = body.getUint16(24, true); // the sub-format GUID starts with the format tag
      }
      if (tag !== 1 && tag !== 3) throw new UnsupportedPcm(`WAV format tag ${tag}`);
      format = {
        channels: body.getUint16(2, true),
        rate: body.getUint32(4, true),
        blockAlign: body.getUint16(12, true),
        encoding: encodingOf(bits, tag === 3),
      };
    } else if (chunk.id === 'data') {
      if (!format) throw new UnsupportedPcm('data before fmt');
      const size = sixtyFour && chunk.size === 0xffffffff && bigDataSize !== undefined ? bigDataSize : chunk.size;
      return {
        sampleRate: format.rate,
        channels: format.channels,
        encoding: format.encoding,
        littleEndian: true,
        dataOffset: chunk.offset,
        blockAlign: format.blockAlign,
        frames: Math.floor(size / format.blockAlign),
      };
    }
  }
  throw new UnsupportedPcm('no data chunk');
}

/** An 80-bit IEEE 754 extended number, as AIFF writes its sample rate. */
function extended(view: DataView, at: number): number {
  const exponent = (view.getUint16(at) & 0x7fff) - 16383;
  const mantissa = view.getUint32(at + 2) * 2 ** 32 + view.getUint32(at + 6);
  return mantissa * 2 ** (exponent - 63);
}

async function aiffLayout(read: ReadBytes, first: ArrayBuffer, compressed: boolean): Promise<PcmLayout> {
  let comm: { channels: number; frames: number; rate: number; encoding: Encoding; littleEndian: boolean } | undefined;
  for await (const chunk of chunks(read, first, 12, true)) {
    const body = chunk.body;
    if (chunk.id === 'COMM') {
      const bits = body.getUint16(6);
      let encoding = bits === 8 ? 'int8' as const : encodingOf(bits, false);
      let littleEndian = false;
      if (compressed) {
        const type = fourCc(body, 18);
        if (type === 'sowt') littleEndian = true;
        else if (type === 'fl32' || type === 'FL32') encoding = 'float32';
        else if (type === 'fl64' || type === 'FL64') encoding = 'float64';
        else if (type !== 'NONE') throw new UnsupportedPcm(`AIFC compression ${type}`);
      }
      if (encoding === 'int8') throw new UnsupportedPcm('8-bit AIFF');
      comm = { channels: body.getUint16(0), frames: body.getUint32(2), rate: extended(body, 8), encoding, littleEndian };
    } else if (chunk.id === 'SSND') {
      if (!comm) throw new UnsupportedPcm('sound data before COMM');
      const bytes = bytesPerSample(comm.encoding);
      return {
        sampleRate: comm.rate,
        channels: comm.channels,
        encoding: comm.encoding,
        littleEndian: comm.littleEndian,
        dataOffset: chunk.offset + 8 + chunk.body.getUint32(0),
        blockAlign: bytes * comm.channels,
        frames: comm.frames,
      };
    }
  }
  throw new UnsupportedPcm('no SSND chunk');
}

export function bytesPerSample(encoding: Encoding): number {
  return { uint8: 1, int16: 2, int24: 3, int32: 4, float32: 4, float64: 8 }[encoding];
}

/** Converts whole frames of sample data (as laid out by layout) to planar floats, full scale 1.0. */
export function toPlanar(data: ArrayBuffer, layout: PcmLayout): Float32Array<ArrayBuffer>[] {
  const view = new DataView(data);
  const frames = Math.floor(data.byteLength / layout.blockAlign);
  const step = bytesPerSample(layout.encoding);
  const le = layout.littleEndian;
  const out = Array.from({ length: layout.channels }, () => new Float32Array(frames));
  for (let c = 0; c < layout.channels; c++) {
    const samples = out[c];
    let at = c * step;
    for (let n = 0; n < frames; n++, at += layout.blockAlign) {
      switch (layout.encoding) {
        case 'uint8':
          samples[n] = (view.getUint8(at) - 128) / 128;
          break;
        case 'int16':
          samples[n] = view.getInt16(at, le) / 32768;
          break;
        case 'int24': {
          const value = le
            ? view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)
            : (view.getInt8(at) << 16) | (view.getUint8(at + 1) << 8) | view.getUint8(at + 2);
          samples[n] = value / 8388608;
          break;
        }
        case 'int32':
          samples[n] = view.getInt32(at, le) / 2147483648;
          break;
        case 'float32':
          samples[n] = view.getFloat32(at, le);
          break;
        case 'float64':
          samples[n] = view.getFloat64(at, le);
          break;
      }
    }
  }
  return out;
}
