import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Branch, Staff } from '../types/staff.type';
import { ViewerInfo } from '../types/viewer.type';

@Resolver(() => ViewerInfo)
export class ViewerResolver {
  @Query(() => ViewerInfo, { description: 'Who is asking: so a front end never reads the token itself.' })
  viewer(@Ctx() { viewer }: Context): ViewerInfo {
    return { staffId: viewer.staffId, role: viewer.role, branchId: viewer.branchId };
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The viewer's staff record; null if the bank holds none under the token's staff id." })
  staff(@Root() viewer: ViewerInfo, @Ctx() { loaders }: Context) {
    return loaders.staffById.load(viewer.staffId);
  }

  @FieldResolver(() => Branch, { nullable: true, description: "The branch the token places the viewer at (a branch head's scope); null when it names none." })
  branch(@Root() viewer: ViewerInfo, @Ctx() { loaders }: Context) {
    return viewer.branchId === null ? null : loaders.branchById.load(viewer.branchId);
  }
}
