package org.openbsn.devnet;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What devnet must remember of each channel besides its blocks: the member organisations (or that they are read from
 * the channel's configuration blocks), the organisations whose peers joined it, and the chaincodes deployed on it with
 * their endorsement policies. One properties file per channel,
 * replaced atomically and fsynced, so a restart opens the same channels with the same chaincodes.
 */
final class ChannelRecords {

    /** A chaincode as deployed: the built-in base chaincode (no address) or one served at {@code address}. */
    record Deployment(String name, String policy, InetSocketAddress address, String packageId) {
        boolean builtIn() {
            return address == null;
        }
    }

    /**
     * One channel as recorded: opened by devnet for {@code members}, or from a genesis block ({@code fromBlock}, its
     * members then come from its configuration); {@code peers} are the organisations whose peer joined it.
     */
    record Channel(String channelId, List<String> members, Map<String, Deployment> chaincodes, boolean fromBlock,
                   Set<String> peers) {
    }

    private final Path directory;

    ChannelRecords(Path directory) {
        this.directory = directory;
    }

    List<Channel> all() {
        List<Channel> channels = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return channels;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.channel")) {
            for (Path file : files) {
                channels.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot read its channel records in " + directory, e);
        }
        return channels;
    }

    void save(Channel channel) {
        Properties properties = new Properties();
        properties.setProperty("members", String.join(",", channel.members()));
        properties.setProperty("peers", String.join(",", channel.peers()));
        if (channel.fromBlock()) {
            properties.setProperty("genesis", "block");
        }
        channel.chaincodes().values().forEach(deployment -> {
            String prefix = "chaincode." + deployment.name() + ".";
            properties.setProperty(prefix + "policy", deployment.policy());
            if (!deployment.builtIn()) {
                properties.setProperty(prefix + "address", deployment.address().getHostString() + ":" + deployment.address().getPort());
                properties.setProperty(prefix + "package", deployment.packageId());
            }
        });
        try {
            Files.createDirectories(directory);
            StringWriter text = new StringWriter();
            properties.store(text, "devnet channel " + channel.channelId());
            Path file = directory.resolve(channel.channelId() + ".channel");
            Path next = directory.resolve(channel.channelId() + ".channel.next");
            try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(StandardCharsets.UTF_8.encode(text.toString()));
                out.force(true);
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot record channel " + channel.channelId(), e);
        }
    }

    private static Channel read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String name = file.getFileName().toString();
        String channelId = name.substring(0, name.length() - ".channel".length());
        List<String> members = list(properties.getProperty("members", ""));
        // channels recorded before peers joined explicitly have every member's peer joined
        Set<String> peers = new LinkedHashSet<>(list(properties.getProperty("peers", String.join(",", members))));
        Map<String, Deployment> chaincodes = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("chaincode.") && key.endsWith(".policy")) {
                String chaincode = key.substring("chaincode.".length(), key.length() - ".policy".length());
                String address = properties.getProperty("chaincode." + chaincode + ".address");
                InetSocketAddress socket = null;
                if (address != null) {
                    int colon = address.lastIndexOf(':');
                    socket = InetSocketAddress.createUnresolved(address.substring(0, colon),
                            Integer.parseInt(address.substring(colon + 1)));
                }
                chaincodes.put(chaincode, new Deployment(chaincode, properties.getProperty(key), socket,
                        properties.getProperty("chaincode." + chaincode + ".package")));
            }
        }
        return new Channel(channelId, members, chaincodes, "block".equals(properties.getProperty("genesis")), peers);
    }

    /** Forgets the channel. */
    void remove(String channelId) {
        try {
            Files.deleteIfExists(directory.resolve(channelId + ".channel"));
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot forget channel " + channelId, e);
        }
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
