"""newsstream processors: the NLP side of the pipeline.

Pure, importable and testable without Kafka. A stage is a plain function over typed events;
``streams`` only wires these functions to topics. Nothing in this package imports a Kafka client.
"""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
