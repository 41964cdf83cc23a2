package org.openbsn.portal.node;

import java.math.BigDecimal;

import org.openbsn.infra.money.Money;
import org.openbsn.noderegistry.api.Capacity;
import org.openbsn.noderegistry.api.CityNodeView;
import org.openbsn.noderegistry.api.NodeDetails;
import org.openbsn.noderegistry.api.UnitPrices;

/** What the node form edits, field by field (the binder needs a mutable bean). */
public class NodeFormData {

    private String name = "";
    private String city = "";
    private String region = "";
    private String provider = "";
    private String gatewayUrl = "";
    private Integer tps;
    private Integer storageGb;
    private Integer bandwidthMbps;
    private BigDecimal pricePerTps;
    private BigDecimal pricePerStorageGb;
    private BigDecimal pricePerBandwidthMbps;

    static NodeFormData of(CityNodeView node) {
        NodeFormData data = new NodeFormData();
        data.name = node.details().name();
        data.city = node.details().city();
        data.region = node.details().region();
        data.provider = node.details().provider();
        data.gatewayUrl = node.details().gatewayUrl();
        data.tps = node.capacity().tps();
        data.storageGb = node.capacity().storageGb();
        data.bandwidthMbps = node.capacity().bandwidthMbps();
        data.pricePerTps = node.prices().perTps().amount();
        data.pricePerStorageGb = node.prices().perStorageGb().amount();
        data.pricePerBandwidthMbps = node.prices().perBandwidthMbps().amount();
        return data;
    }

    NodeDetails details() {
        return new NodeDetails(name, city, region, provider, gatewayUrl);
    }

    Capacity capacity() {
        return new Capacity(orZero(tps), orZero(storageGb), orZero(bandwidthMbps));
    }

    UnitPrices prices() {
        return new UnitPrices(cny(pricePerTps), cny(pricePerStorageGb), cny(pricePerBandwidthMbps));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Money cny(BigDecimal amount) {
        return amount == null ? null : new Money(amount, Money.CNY);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getGatewayUrl() { return gatewayUrl; }
    public void setGatewayUrl(String gatewayUrl) { this.gatewayUrl = gatewayUrl; }
    public Integer getTps() { return tps; }
    public void setTps(Integer tps) { this.tps = tps; }
    public Integer getStorageGb() { return storageGb; }
    public void setStorageGb(Integer storageGb) { this.storageGb = storageGb; }
    public Integer getBandwidthMbps() { return bandwidthMbps; }
    public void setBandwidthMbps(Integer bandwidthMbps) { this.bandwidthMbps = bandwidthMbps; }
    public BigDecimal getPricePerTps() { return pricePerTps; }
    public void setPricePerTps(BigDecimal pricePerTps) { this.pricePerTps = pricePerTps; }
    public BigDecimal getPricePerStorageGb() { return pricePerStorageGb; }
    public void setPricePerStorageGb(BigDecimal pricePerStorageGb) { this.pricePerStorageGb = pricePerStorageGb; }
    public BigDecimal getPricePerBandwidthMbps() { return pricePerBandwidthMbps; }
    public void setPricePerBandwidthMbps(BigDecimal value) { this.pricePerBandwidthMbps = value; }
}
