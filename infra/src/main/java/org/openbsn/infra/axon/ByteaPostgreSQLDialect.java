package org.openbsn.infra.axon;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL, with every {@code @Lob byte[]} (Axon's event payloads and metadata, tokens, sagas,
 * dead letters) stored as {@code bytea} rather than as large objects, which leak and which plain SQL
 * cannot read. Done here rather than per attribute in an orm.xml: Hibernate 6.6 mixes up XML
 * overrides of attributes that share a name ({@code TokenEntry.token}, the dead letter's {@code token}).
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(contributions, serviceRegistry);
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
    }
}
