export * from './annotation-export';
export * from './annotation.dto';
export * from './annotation.repository';
export * from './annotation.service';
export * from './working-group.dto';
export * from './working-group.repository';
export * from './working-group.service';
export * from './annotations.module';
