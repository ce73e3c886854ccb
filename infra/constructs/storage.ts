import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableV2, TableEncryptionV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { GSI, TTL_ATTRIBUTE } from '../../shared/adapters/dynamodb/table-design.js';
import { isProd, type StageConfig } from '../config.js';

/**
 * Raw uploads (S3) and the single table (DynamoDB), as designed in
 * shared/adapters/dynamodb/table-design.ts.
 */
export class Storage extends Construct {
  readonly rawBucket: Bucket;
  readonly accessLogs: Bucket;
  readonly table: TableV2;

  constructor(scope: Construct, id: string, cfg: StageConfig) {
    super(scope, id);
    const prod = isProd(cfg);
    const removalPolicy = prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(prod ? 365 : 30) }],
      removalPolicy,
      autoDeleteObjects: !prod,
    });

    this.rawBucket = new Bucket(this, 'RawUploads', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'raw-uploads/',
      lifecycleRules: [
        {
          id: 'raw-tiering',
          prefix: 'raw/',
          // Raw uploads are never overwritten: an old version is a deleted (taken down) upload.
          noncurrentVersionExpiration: Duration.days(cfg.deletedVersionDays),
          expiredObjectDeleteMarker: true,
          transitions: [
            { storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(cfg.rawInfrequentAccessAfterDays) },
            { storageClass: StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(cfg.rawGlacierAfterDays) },
          ],
        },
        // Cleaned texts too long for their record: each re-processing replaces one, and a takedown deletes it.
        { id: 'cleaned-text', prefix: 'text/', noncurrentVersionExpiration: Duration.days(cfg.deletedVersionDays), expiredObjectDeleteMarker: true },
        // Presigned uploads are staged under uploads/ and copied to raw/ by the process function.
        { id: 'staged-uploads', prefix: 'uploads/', expiration: Duration.days(7), noncurrentVersionExpiration: Duration.days(1) },
        { id: 'abort-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      cors: cfg.corsOrigins.length ? [{ allowedMethods: [HttpMethods.PUT], allowedOrigins: cfg.corsOrigins, allowedHeaders: ['*'] }] : undefined,
      removalPolicy,
      autoDeleteObjects: !prod,
    });

    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: prod,
      removalPolicy,
      globalSecondaryIndexes: Object.values(GSI).map((g) => ({
        indexName: g.name,
        partitionKey: { name: g.pk, type: AttributeType.STRING },
        sortKey: { name: g.sk, type: AttributeType.STRING },
        projectionType: ProjectionType.INCLUDE,
        nonKeyAttributes: [...g.include],
      })),
    });
  }
}
