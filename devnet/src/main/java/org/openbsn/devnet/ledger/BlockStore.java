package org.openbsn.devnet.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel's blocks in one append-only file: each record is its length, a CRC32 and the block.
 * A block is on disk (fsync) before anyone is told it is committed; a record torn by a crash is
 * cut off at the next start, so what was never confirmed never appears.
 */
public final class BlockStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BlockStore.class);
    private static final int HEADER = Integer.BYTES + Long.BYTES;

    private final Path file;
    private final FileChannel channel;
    private final List<Block> recovered;

    private BlockStore(Path file, FileChannel channel, List<Block> recovered) {
        this.file = file;
        this.channel = channel;
        this.recovered = recovered;
    }

    /** Opens (or creates) the store and reads back every complete block. */
    public static BlockStore open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            List<Block> blocks = new ArrayList<>();
            long good = 0;
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (good + HEADER <= size) {
                header.clear();
                channel.read(header, good);
                header.flip();
                int length = header.getInt();
                long checksum = header.getLong();
                if (length < 0 || good + HEADER + length > size) {
                    break;
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                channel.read(body, good + HEADER);
                CRC32 crc = new CRC32();
                crc.update(body.array());
                if (crc.getValue() != checksum) {
                    break;
                }
                try {
                    blocks.add(Block.parseFrom(body.array()));
                } catch (InvalidProtocolBufferException corrupt) {
                    break;
                }
                good += HEADER + length;
            }
            if (good < size) {
                log.warn("Cut {} bytes of an incomplete block from the end of {}", size - good, file);
                channel.truncate(good);
                channel.force(true);
            }
            channel.position(good);
            return new BlockStore(file, channel, List.copyOf(blocks));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the block store " + file, e);
        }
    }

    public List<Block> recovered() {
        return recovered;
    }

    /** Appends one block and waits until it is on disk. */
    public synchronized void append(Block block) {
        byte[] bytes = block.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteBuffer record = ByteBuffer.allocate(HEADER + bytes.length);
        record.putInt(bytes.length).putLong(crc.getValue()).put(bytes).flip();
        try {
            while (record.hasRemaining()) {
                channel.write(record);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write block " + block.getHeader().getNumber() + " to " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
