package org.openbsn.noderegistry.command;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.openbsn.infra.error.FieldViolation;
import org.openbsn.infra.error.InvalidInputException;
import org.openbsn.noderegistry.api.RegisterCityNodeCommand;
import org.openbsn.noderegistry.api.RejectCityNodeCommand;
import org.openbsn.noderegistry.api.RetireCityNodeCommand;

/**
 * Handles the commands that claim or free a node's name as well as changing the node: the claim
 * and the events are written in one transaction.
 */
@org.springframework.stereotype.Component
class CityNodeCommandHandler {

    private final Repository<CityNode> nodes;
    private final NodeNameClaims names;

    CityNodeCommandHandler(Repository<CityNode> nodes, NodeNameClaims names) {
        this.nodes = nodes;
        this.names = names;
    }

    @CommandHandler
    long handle(RegisterCityNodeCommand command) throws Exception {
        Aggregate<CityNode> node = nodes.newInstance(() -> new CityNode(command));
        if (!names.claim(command.ownerId(), command.details().name(), command.nodeId())) {
            throw new InvalidInputException(List.of(FieldViolation.of("name", "rule.node-name-taken",
                    "you already have a node with this name", command.details().name().strip())));
        }
        return node.version();
    }

    @CommandHandler
    long handle(RejectCityNodeCommand command) {
        Aggregate<CityNode> node = nodes.load(command.nodeId());
        node.execute(n -> n.reject(command));
        names.release(command.nodeId());
        return node.version();
    }

    @CommandHandler
    long handle(RetireCityNodeCommand command) {
        Aggregate<CityNode> node = nodes.load(command.nodeId());
        node.execute(n -> n.retire(command));
        names.release(command.nodeId());
        return node.version();
    }
}
