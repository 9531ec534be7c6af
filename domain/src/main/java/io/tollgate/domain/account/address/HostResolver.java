package io.tollgate.domain.account.address;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Finds the addresses a host name stands for now (DNS may answer differently later). */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> addresses(String host) throws UnknownHostException;
}
